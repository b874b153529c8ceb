/** Where the feeds and maps live, inside the site. */
export const feedPaths = {
  site: () => '/feed.xml',
  tag: (slug: string) => `/tags/${slug}/feed.xml`,
  sitemap: () => '/sitemap.xml',
  /**
   * Part `n` (from 1) of a sitemap too long for one file; /sitemap.xml is then their index. At the site's root: a
   * sitemap may list only addresses under its own folder (sitemaps.org), and a part in /sitemaps/ would list none.
   */
  sitemapPart: (n: number) => `/sitemap-${n}.xml`,
  robots: () => '/robots.txt',
};
