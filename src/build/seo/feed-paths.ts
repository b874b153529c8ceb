/** Where the feeds and maps live, inside the site. */
export const feedPaths = {
  site: () => '/feed.xml',
  tag: (slug: string) => `/tags/${slug}/feed.xml`,
  sitemap: () => '/sitemap.xml',
  robots: () => '/robots.txt',
};
