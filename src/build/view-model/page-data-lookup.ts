/**
 * One address's data, or one data file of the site, made when it is asked
 * for. A build needs everything at once (page-data.ts: buildPageData); the
 * dev server needs the data of the address a reader opens, and making all of
 * a 10,000-article site took seconds after each edit. The addresses, paths
 * and data are buildPageData's, one for one (page-data-lookup.test.ts).
 */
import {
  dataPaths,
  isSearchFile,
  pageAddresses,
  type DataPath,
  type PageAddress,
} from '../../lib/content/data-paths.ts';
import { buildSearchIndex } from '../search/build-index.ts';
import { lazyCatalogue, type Content } from './catalogue.ts';
import { singleImage, type ImageResolver } from './enhance-image.ts';
import { searchFiles } from './page-data.ts';
import {
  authorIndexData,
  listPage,
  listPageNumbers,
  summariesFileNumbers,
  summariesIn,
  tagFilterData,
  tagIndexData,
} from './site-pages.ts';

export type PageDataLookup = {
  /** The data of the page at `address` inside the site (`/articles/x`), for its island; undefined when there is none. */
  dataForAddress: (address: string) => unknown;
  /** The data file at `path`, relative to the site's base (`data/tag-filter.json`); undefined when there is none. */
  dataForPath: (path: string) => unknown;
};

export function createPageDataLookup(content: Content, resolveImage: ImageResolver = singleImage): PageDataLookup {
  const catalogue = lazyCatalogue(content, resolveImage);
  const { site, ordered, tags, authors, pages, article, summary } = catalogue;

  // Every address and path with what makes its data: listing them is cheap, making the data is not.
  const pageMakers = new Map<string, () => unknown>();
  const addPage = <T>(address: PageAddress<T>, make: () => T) => {
    pageMakers.set(address, make);
  };
  const makers = new Map<string, () => unknown>();
  const add = <T>(path: DataPath<T>, make: () => T) => {
    makers.set(path, make);
  };
  ordered.forEach((item, number) => {
    addPage(pageAddresses.article(item.slug), () => article(number));
  });
  const everyArticle = ordered.map((_, number) => number);
  for (const page of listPageNumbers(everyArticle.length)) {
    addPage(pageAddresses.latest(page), () => listPage(everyArticle, page, summary));
  }
  for (const file of summariesFileNumbers(ordered.length)) {
    add(dataPaths.summaries(file), () => summariesIn(file, ordered.length, summary));
  }
  for (const { profile, articles } of tags) {
    for (const page of listPageNumbers(articles.length))
      addPage(pageAddresses.tag(profile.slug, page), () => ({ tag: profile, list: listPage(articles, page, summary) }));
  }
  for (const { profile, articles } of authors) {
    for (const page of listPageNumbers(articles.length))
      addPage(pageAddresses.author(profile.slug, page), () => ({
        author: profile,
        list: listPage(articles, page, summary),
      }));
  }
  addPage(pageAddresses.tagIndex(), () => tagIndexData(catalogue));
  addPage(pageAddresses.authorIndex(), () => authorIndexData(catalogue));
  add(dataPaths.tagIndex(), () => tagIndexData(catalogue));
  add(dataPaths.authorIndex(), () => authorIndexData(catalogue));
  for (const page of pages) addPage(pageAddresses.page(page.slug), () => page);
  // The tag filter needs every article's tags, not their views.
  add(dataPaths.tagFilter(), () =>
    tagFilterData({ site, tags, articles: ordered.map((item) => ({ tags: item.tags.map((slug) => ({ slug })) })) }),
  );

  // The search index needs every article's view: made once, and only when a search file is asked for.
  let search: Map<string, unknown> | null = null;
  return {
    dataForAddress: (address) => pageMakers.get(address)?.(),
    dataForPath: (path) => {
      const make = makers.get(path);
      if (make !== undefined) return make();
      if (!isSearchFile(path)) return undefined;
      search ??= new Map(
        searchFiles(buildSearchIndex(everyArticle.map(article))).map((file) => [file.path, file.data]),
      );
      return search.get(path);
    },
  };
}
