/** The site module, which scripts/vite/site-module-plugin.ts provides. */
declare module 'virtual:broadsheet/site' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- an ambient module cannot import relatively
  export const site: import('./lib/content/model.ts').SiteInfo;
}
