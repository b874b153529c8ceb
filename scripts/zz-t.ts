import { buildSearchIndex, searchFields } from '../src/build/search/build-index.ts';
import { buildPageDataWithoutSearch, searchFiles } from '../src/build/view-model/page-data.ts';
import { loadContent } from './content/load-content.ts';
import { searchIndexOnThread } from './search-index-thread.ts';
const c = await loadContent('/tmp/c10k');
if (!c.ok) throw new Error('x');
const d = buildPageDataWithoutSearch(c.content);
let t = performance.now();
const f = d.catalogue.articles.map(searchFields);
console.log('fields', performance.now() - t);
t = performance.now();
searchFiles(buildSearchIndex(d.catalogue.articles));
console.log('inline', performance.now() - t);
const dirs = (await import('node:fs')).readdirSync('node_modules/.cache').filter((n) => n.startsWith('broadsheet-ssr'));
console.log(dirs, f.length);
t = performance.now();
const files = await searchIndexOnThread(
  '/work/main/node_modules/.cache/broadsheet/bundles/59e83e5a951b2b76736e1adb550cf00c-server/files/search-index-worker.js',
  d.catalogue.articles,
);
console.log('thread', performance.now() - t, files.length);
