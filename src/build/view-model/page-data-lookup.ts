/**
 * One data file of the site, made when it is asked for. A build needs every
 * file at once (page-data.ts: buildPageData); the dev server needs the data
 * of the address a reader opens, and making every file of a 10,000-article
 * site took seconds after each edit. The paths and the data are
 * buildPageData's, file for file (page-data-lookup.test.ts).
 */
import { DATA_DIR, dataPaths, type DataPath } from '../../lib/content/data-paths.ts';
import { buildSearchIndex } from '../search/build-index.ts';
import { lazyCatalogue, type Content } from './catalogue.ts';
import { singleImage, type ImageResolver } from './enhance-image.ts';
import { searchFiles } from './page-data.ts';
import { authorIndexData, listPage, listPageNumbers, tagFilterData, tagIndexData } from './site-pages.ts';

export type PageDataLookup = {
  /** The data file at `path`, relative to the site's base (`data/articles/x.json`); undefined when there is none. */
  dataForPath: (path: string) => unknown;
};

export function createPageDataLookup(content: Content, resolveImage: ImageResolver = singleImage): PageDataLookup {
  const catalogue = lazyCatalogue(content, resolveImage);
  const { site, ordered, tags, authors, pages, article, summary } = catalogue;

  // Every path with what makes its data: listing them is cheap, making the data is not.
  const makers = new Map<string, () => unknown>();
  const add = <T>(path: DataPath<T>, make: () => T) => {
    makers.set(path, make);
  };
  ordered.forEach((item, number) => {
    add(dataPaths.article(item.slug), () => article(number));
  });
  const everyArticle = ordered.map((_, number) => number);
  for (const page of listPageNumbers(everyArticle.length))
    add(dataPaths.latest(page), () => listPage(everyArticle, page, summary));
  for (const { profile, articles } of tags) {
    for (const page of listPageNumbers(articles.length))
      add(dataPaths.tag(profile.slug, page), () => ({ tag: profile, list: listPage(articles, page, summary) }));
  }
  for (const { profile, articles } of authors) {
    for (const page of listPageNumbers(articles.length))
      add(dataPaths.author(profile.slug, page), () => ({ author: profile, list: listPage(articles, page, summary) }));
  }
  add(dataPaths.tagIndex(), () => tagIndexData(catalogue));
  add(dataPaths.authorIndex(), () => authorIndexData(catalogue));
  for (const page of pages) add(dataPaths.page(page.slug), () => page);
  // The tag filter needs every article's tags, not their views.
  add(dataPaths.tagFilter(), () =>
    tagFilterData({ site, tags, articles: ordered.map((item) => ({ tags: item.tags.map((slug) => ({ slug })) })) }),
  );

  // The search index needs every article's view: made once, and only when a search file is asked for.
  const searchPrefix = `${DATA_DIR}/search/`;
  let search: Map<string, unknown> | null = null;
  return {
    dataForPath: (path) => {
      const make = makers.get(path);
      if (make !== undefined) return make();
      if (!path.startsWith(searchPrefix)) return undefined;
      search ??= new Map(
        searchFiles(buildSearchIndex(everyArticle.map(article))).map((file) => [file.path, file.data]),
      );
      return search.get(path);
    },
  };
}
