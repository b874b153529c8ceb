// @vitest-environment jsdom
import { runInNewContext } from 'node:vm';

import { expect, test } from 'vitest';

import { APP_FILES_SLOT, deferAppStart, renderAppFiles, START_SCRIPT } from './app-start.ts';

/** The shape of Vite's built index.html. */
const BUILT = [
  '<!doctype html>',
  '<html lang="en">',
  '  <head>',
  '    <script>theme()</script>',
  '    <script type="module" crossorigin src="/assets/index-1.js"></script>',
  '    <link rel="modulepreload" crossorigin href="/assets/rolldown-runtime-2.js">',
  '    <link rel="modulepreload" crossorigin href="/assets/app-3.js">',
  '  </head>',
  '  <body>',
  '    <div id="root"></div>',
  '  </body>',
  '</html>',
].join('\n');

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

test('deferAppStart leaves nothing in <head> that fetches the app', () => {
  const doc = parse(deferAppStart(BUILT));
  expect(doc.head.querySelectorAll('script[type="module"], link[rel="modulepreload"]')).toHaveLength(0);
  expect(doc.head.querySelector('script')?.textContent).toBe('theme()');
});

test('deferAppStart puts the module script and modulepreloads in an inert template', () => {
  const doc = parse(deferAppStart(BUILT));
  const template = doc.querySelector('template#app-start');
  if (!(template instanceof HTMLTemplateElement)) throw new Error('no app-start template');
  // Inert: the parser put them in the template's own fragment, not in the document.
  expect(template.children).toHaveLength(0);
  const files = [...template.content.children].map((element) => [
    element.tagName.toLowerCase(),
    element.getAttribute('rel') ?? element.getAttribute('type'),
    element.getAttribute('href') ?? element.getAttribute('src'),
  ]);
  expect(files).toEqual([
    ['link', 'modulepreload', '/assets/rolldown-runtime-2.js'],
    ['link', 'modulepreload', '/assets/app-3.js'],
    ['script', 'module', '/assets/index-1.js'],
  ]);
  // Nothing inline: the early script's START_SCRIPT inserts them.
  expect(doc.body.lastElementChild).toBe(template);
});

test("a page's own files go in the slot, ahead of the app's", () => {
  const html = deferAppStart(BUILT).replace(APP_FILES_SLOT, () => renderAppFiles(['/assets/article-page-4.js']));
  const template = parse(html).querySelector('template#app-start');
  if (!(template instanceof HTMLTemplateElement)) throw new Error('no app-start template');
  const [view] = template.content.children;
  expect(view?.getAttribute('rel')).toBe('modulepreload');
  expect(view?.getAttribute('href')).toBe('/assets/article-page-4.js');
  expect(template.content.children).toHaveLength(4);
});

test('renderAppFiles escapes an address so that it stays inside its attribute', () => {
  const html = renderAppFiles(['/assets/"x"&<y>.js']);
  const link = parse(`<head>${html}</head>`).querySelector('link');
  expect(link?.getAttribute('href')).toBe('/assets/"x"&<y>.js');
  expect(link?.getAttributeNames().sort()).toEqual(['href', 'rel']);
});

test('a built page without a module script is a build error, not a page without its app', () => {
  expect(() => deferAppStart(BUILT.replace(/ *<script type="module".*\n/, ''))).toThrow(/no module script/);
});

/** Runs START_SCRIPT as the early script does, in <head>, against a document still `readyState`. */
function runStartScript(readyState: DocumentReadyState) {
  const listeners: (() => void)[] = [];
  let painted: (() => void) | undefined;
  const inserted: string[] = [];
  const document = {
    readyState,
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'DOMContentLoaded') listeners.push(listener);
    },
    getElementById: (id: string) => (id === 'app-start' ? { content: 'the app' } : null),
    importNode: (content: string) => content,
    head: { append: (node: string) => inserted.push(node) },
  };
  class PerformanceObserver {
    static supportedEntryTypes = ['paint'];
    constructor(private readonly callback: (list: { getEntriesByName: () => unknown[] }) => void) {}
    observe() {
      painted = () => {
        this.callback({ getEntriesByName: () => [{}] });
      };
    }
    disconnect() {}
  }
  runInNewContext(START_SCRIPT, { document, window: { PerformanceObserver } });
  return {
    inserted,
    paint: () => painted?.(),
    parsed: () => {
      document.readyState = 'interactive';
      for (const listener of listeners) listener();
    },
  };
}

test('the start script inserts the app once the page has painted', () => {
  const page = runStartScript('interactive');
  expect(page.inserted).toEqual([]);
  page.paint();
  expect(page.inserted).toEqual(['the app']);
});

test('a paint before the parser reached the template starts the app when parsing ends, once', () => {
  const page = runStartScript('loading');
  page.paint();
  expect(page.inserted).toEqual([]);
  page.parsed();
  expect(page.inserted).toEqual(['the app']);
});
