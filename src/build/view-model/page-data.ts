/**
 * Turns validated content into what the site publishes: every address with
 * its view's data (for the prerender, which writes it into the page's own
 * HTML file, and for the feeds and sitemap), and the data files shared by
 * many addresses: the latest pages' summaries, the tag filter's file, the
 * indexes' lists and the search index (docs/decisions/012-one-file-per-address.md).
 */
import { dataPaths, type DataPath } from '../../lib/content/data-paths.ts';
import type { SiteInfo } from '../../lib/content/model.ts';
import type { SitePage } from '../../lib/page-kinds.ts';
import { buildSearchIndex, type SearchIndex } from '../search/build-index.ts';
import { buildCatalogue, type Catalogue, type Content } from './catalogue.ts';
import { singleImage, type ImageResolver } from './enhance-image.ts';
import { sitePages, summariesFileNumbers, summariesIn, tagFilterData } from './site-pages.ts';

/** A file for the client, its contents checked against its path's type when it is made. */
export type DataFile = { path: string; data: unknown };

export function dataFile<T>(path: DataPath<T>, data: T): DataFile {
  return { path, data };
}

export type PageData = {
  site: SiteInfo;
  catalogue: Catalogue;
  /** Every address of the site, in the order of site-pages.ts. */
  pages: SitePage[];
  /** The data files the client fetches, by path. */
  files: DataFile[];
};

/** The summaries files, which the tag filter and search results show by article number. */
function summariesFiles({ summaries }: Catalogue): DataFile[] {
  const summary = (position: number) => {
    const found = summaries[position];
    if (found === undefined) throw new Error(`no article at position ${position} of ${summaries.length}`);
    return found;
  };
  return summariesFileNumbers(summaries.length).map((file) =>
    dataFile(dataPaths.summaries(file), summariesIn(file, summaries.length, summary)),
  );
}

/** An index's list, which navigations to the index fetch instead of its page: the data its island holds. */
function indexListFile(page: SitePage): DataFile[] {
  if (page.kind === 'tag-index') return [dataFile(dataPaths.tagIndex(), page.data)];
  if (page.kind === 'author-index') return [dataFile(dataPaths.authorIndex(), page.data)];
  return [];
}

/** The search index's files: its manifest, each dictionary part with its postings shards, the typo parts. */
export function searchFiles(search: SearchIndex): DataFile[] {
  return [
    dataFile(dataPaths.searchManifest(), search.manifest),
    ...search.parts.flatMap(({ key, part, shards }) => [
      dataFile(dataPaths.searchPart(key), part),
      ...shards.map((shard, index) => dataFile(dataPaths.searchShard(key, index), shard)),
    ]),
    ...search.typos.map(({ key, part }) => dataFile(dataPaths.searchTypoPart(key), part)),
  ];
}

/** Every page and file at once; the dev server makes one at a time (page-data-lookup.ts). */
export function buildPageData(content: Content, resolveImage: ImageResolver = singleImage): PageData {
  const data = pageDataOf(buildCatalogue(content, resolveImage));
  return { ...data, files: [...data.files, ...searchFiles(buildSearchIndex(data.catalogue.articles))] };
}

/**
 * Every page and file but the search index's: `npm run build` makes the index on a thread of its own
 * (scripts/search-index-thread.ts) while this one prepares the pages and feeds.
 */
export function pageDataOf(catalogue: Catalogue): PageData {
  const pages = sitePages(catalogue);
  const files = [
    ...summariesFiles(catalogue),
    ...pages.flatMap(indexListFile),
    // The home view fetches it only when the reader filters by tag.
    dataFile(dataPaths.tagFilter(), tagFilterData(catalogue)),
  ];
  return { site: catalogue.site, catalogue, pages, files };
}
