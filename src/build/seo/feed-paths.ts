/** Where the feeds and maps live, inside the site. */
export const feedPaths = {
  site: () => '/feed.xml',
  tag: (slug: string) => `/tags/${slug}/feed.xml`,
  sitemap: () => '/sitemap.xml',
  /** Part `n` (from 1) of a sitemap too long for one file; /sitemap.xml is then their index. */
  sitemapPart: (n: number) => `/sitemaps/${n}.xml`,
  robots: () => '/robots.txt',
};
