/**
 * React puts a view's <title> and <meta> at the start of its HTML; the
 * worker drops that leading run, because the page's <head> already has them.
 */
import { createElement, Fragment } from 'react';
import { renderToString } from 'react-dom/server';
import { expect, test } from 'vitest';

import { splitHoistedHead, splitTemplate } from './prerender-worker.ts';

const withoutHoistedHead = (html: string) => splitHoistedHead(html).body;

test('withoutHoistedHead strips a leading title and meta description', () => {
  expect(
    withoutHoistedHead(
      '<title>Russia · The Ledger</title><meta name="description" content="Articles about Russia."/><div class="app">x</div>',
    ),
  ).toBe('<div class="app">x</div>');
});

test('withoutHoistedHead strips a leading run of any length, in any order', () => {
  expect(
    withoutHoistedHead('<meta name="a" content="1"/><title>T</title><meta property="b" content="2"/><div>x</div>'),
  ).toBe('<div>x</div>');
  expect(withoutHoistedHead('<title>Only a title</title><main></main>')).toBe('<main></main>');
});

test('withoutHoistedHead keeps titles and metas that come after the start', () => {
  const html = '<div>x</div><title>Later</title><meta name="later" content="y"/>';
  expect(withoutHoistedHead(html)).toBe(html);
  expect(withoutHoistedHead('<title>T</title><div><title>Inner</title><meta name="m" content="v"/></div>')).toBe(
    '<div><title>Inner</title><meta name="m" content="v"/></div>',
  );
});

test('withoutHoistedHead leaves HTML without a leading title or meta unchanged', () => {
  expect(withoutHoistedHead('<div><p>Text &amp; more</p></div>')).toBe('<div><p>Text &amp; more</p></div>');
  expect(withoutHoistedHead('')).toBe('');
  // Text before the title: the title is not leading.
  expect(withoutHoistedHead('text<title>T</title>')).toBe('text<title>T</title>');
});

test('withoutHoistedHead strips what React actually renders for a view with a title and description', () => {
  const view = createElement(
    Fragment,
    null,
    createElement('title', null, 'Quotes "and" <tags> & more · The Ledger'),
    createElement('meta', { name: 'description', content: 'A "quoted" <b>description</b> & more.' }),
    createElement('div', { id: 'app' }, createElement('h1', null, 'Heading')),
  );
  const html = renderToString(view);
  expect(html.startsWith('<title>')).toBe(true);
  expect(withoutHoistedHead(html)).toBe('<div id="app"><h1>Heading</h1></div>');
});

test('image preloads React hoists move to the head, and the title and meta after them are still dropped', () => {
  const html =
    '<link rel="preload" as="image" href="/assets/a.png"/><title>T</title><meta name="description" content="d"/><div class="page"></div>';
  expect(splitHoistedHead(html)).toEqual({
    headLinks: '<link rel="preload" as="image" href="/assets/a.png"/>',
    body: '<div class="page"></div>',
  });
});

test('a page puts head, body, island and app files in place and keeps `$` patterns in content as written', () => {
  const template =
    '<html><head>\n  </head><body><div id="root"></div><template id="app-start"><!--app-files--><script type="module" src="/a.js"></script></template></body></html>';
  const job = {
    pathname: '/articles/x',
    file: 'articles/x/index.html',
    head: "<title>$$ and $` and $&amp; and $'</title>",
    appFiles: '<link rel="modulepreload" href="/v.js">',
    data: {
      address: '/articles/x',
      // The page carries its island, not the data it was rendered from.
      rendersFrom: '<script type="application/json" id="page-data">{"renderedFrom":1}</script>',
      island: '<script type="application/json" id="page-data">{"$&":1}</script>',
    },
    prerenderedPath: '/articles/x',
    status: 200,
  };
  const html = splitTemplate(template)(job, '', "<p>It cost $$5, then $`6` and $'7'.</p>");
  expect(html).toContain("<title>$$ and $` and $&amp; and $'</title>");
  expect(html).toContain(
    `<div id="root" data-prerendered="/articles/x"><p>It cost $$5, then $\`6\` and $'7'.</p></div><script type="application/json" id="page-data">{"$&":1}</script>`,
  );
  expect(html).not.toContain('renderedFrom');
  expect(html).toContain('<template id="app-start"><link rel="modulepreload" href="/v.js"><script type="module"');
  expect(html.indexOf('<title>')).toBeLessThan(html.indexOf('</head>'));
  expect(html.endsWith('</template></body></html>')).toBe(true);
});

test('a template without its markers is an error, not pages without their content', () => {
  expect(() => splitTemplate('<html><head></head><body></body></html>')).toThrow(/no <div id="root">/);
});
