/**
 * Turns validated content into what the site publishes: every address with
 * its view's data (for the prerender, feeds and sitemap), and the data files
 * route loaders fetch: one file per address, so that a page downloads only
 * its own data however large the folder is, plus the tag filter's file and
 * the search index.
 */
import { dataPaths, type DataPath } from '../../lib/content/data-paths.ts';
import type { SiteInfo } from '../../lib/content/model.ts';
import { dataPathOf, type SitePage } from '../../lib/page-kinds.ts';
import { buildSearchIndex, type SearchIndex } from '../search/build-index.ts';
import { buildCatalogue, type Catalogue, type Content } from './catalogue.ts';
import { singleImage, type ImageResolver } from './enhance-image.ts';
import { sitePages, tagFilterData } from './site-pages.ts';

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
  /** What the client fetches, by path. */
  files: DataFile[];
};

function pageFile(page: SitePage): DataFile[] {
  const path = dataPathOf(page);
  return path === null ? [] : [{ path, data: page.data }];
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

/** Every file at once, for a build; the dev server makes one at a time (page-data-lookup.ts). */
export function buildPageData(content: Content, resolveImage: ImageResolver = singleImage): PageData {
  const catalogue = buildCatalogue(content, resolveImage);
  const pages = sitePages(catalogue);
  const files = [
    ...pages.flatMap(pageFile),
    // Not an address of its own: the home view fetches it only when the reader filters by tag.
    dataFile(dataPaths.tagFilter(), tagFilterData(catalogue)),
    ...searchFiles(buildSearchIndex(catalogue.articles)),
  ];
  return { site: catalogue.site, catalogue, pages, files };
}
