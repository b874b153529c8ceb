/**
 * Where each page's data lives, relative to the site's base URL. The build
 * writes these files (page-data.ts) and the client fetches them (api.ts), so
 * both sides use this one module.
 */
export const DATA_DIR = 'data';

export const dataPaths = {
  latest: (page: number) => `${DATA_DIR}/latest/${page}.json`,
  article: (slug: string) => `${DATA_DIR}/articles/${slug}.json`,
  tag: (slug: string, page: number) => `${DATA_DIR}/tags/${slug}/${page}.json`,
  author: (slug: string, page: number) => `${DATA_DIR}/authors/${slug}/${page}.json`,
  tagIndex: () => `${DATA_DIR}/tags.json`,
  authorIndex: () => `${DATA_DIR}/authors.json`,
  /** Every article's tags, as indexes: the home view's tag filter (one file, not one per address). */
  tagFilter: () => `${DATA_DIR}/tag-filter.json`,
};
