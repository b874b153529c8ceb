/**
 * The payload fixture (e2e/payload-content, `npm run build:payload`) puts
 * script payloads in every text field of every file. Every view shows them
 * as literal text, with JavaScript on and off; nothing runs; the prerendered
 * HTML, its JSON-LD, the feeds and the sitemap carry them only escaped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { folderAddress } from '../../src/lib/paths.ts';
import { expect, test, type Page } from '../fixtures.ts';
import { headlineText, inlineShown, LINK_PAYLOAD_TEXT, PAYLOAD, PAYLOADS, payloadText, SLUGS } from './payload.ts';

declare global {
  interface Window {
    /** What every payload would set if it ran. */
    __pwned?: unknown;
  }
}

type View = {
  name: string;
  path: string;
  h1: string;
  /** Fields shown as text, each `label + payloads` (payloadText). */
  texts: string[];
  /** Images whose accessible name is the alt text. */
  images?: string[];
};

const SITE = [payloadText('Site title'), payloadText('Site description')];

const VIEWS: View[] = [
  {
    name: 'home',
    path: '/',
    h1: 'Latest',
    texts: [
      ...SITE,
      headlineText('Headline one'),
      headlineText('Headline two'),
      headlineText('Headline three'),
      payloadText('Standfirst one'),
      payloadText('Standfirst three'),
      payloadText('Author name'),
      payloadText('Second author name'),
      payloadText('Tag name'),
    ],
  },
  {
    name: 'article',
    path: `/articles/${SLUGS.articles[0]}`,
    h1: headlineText('Headline one'),
    texts: [
      ...SITE,
      payloadText('Standfirst one'),
      payloadText('Lead image caption'),
      payloadText('Lead image credit'),
      inlineShown('Paragraph one'),
      payloadText('Heading one'),
      inlineShown('Quote one'),
      payloadText('Quote cite one'),
      inlineShown('List item one'),
      inlineShown('List item two'),
      inlineShown('Ordered item one'),
      payloadText('Body image caption'),
      payloadText('Body image credit'),
      inlineShown('Paragraph two'),
      payloadText('Source name'),
      payloadText('Author name'),
      payloadText('Author role'),
      payloadText('Author bio first'),
      payloadText('Author bio second'),
      payloadText('Author link label'),
      payloadText('Second author name'),
      payloadText('Second author role'),
      payloadText('Second author bio'),
      payloadText('Tag name'),
      payloadText('Second tag name'),
      `Photo not available: ${payloadText('Body image alt')}`,
    ],
    images: [payloadText('Lead image alt')],
  },
  {
    name: 'article with a placeholder photo',
    path: `/articles/${SLUGS.articles[1]}`,
    h1: headlineText('Headline two'),
    texts: [
      ...SITE,
      inlineShown('Paragraph three'),
      payloadText('Paragraph four'),
      payloadText('Placeholder image caption'),
      `Photo not available: ${payloadText('Placeholder image alt')}`,
    ],
  },
  {
    name: 'tag',
    path: `/tags/${SLUGS.tags[0]}`,
    h1: payloadText('Tag name'),
    texts: [...SITE, payloadText('Tag description'), headlineText('Headline one'), headlineText('Headline two')],
  },
  {
    name: 'tag index',
    path: '/tags',
    h1: 'Tags',
    texts: [...SITE, payloadText('Tag name'), payloadText('Second tag name')],
  },
  {
    name: 'author',
    path: `/authors/${SLUGS.authors[0]}`,
    h1: payloadText('Author name'),
    texts: [
      ...SITE,
      payloadText('Author role'),
      payloadText('Author bio first'),
      payloadText('Author bio second'),
      payloadText('Author link label'),
      headlineText('Headline one'),
      headlineText('Headline three'),
    ],
  },
  {
    name: 'author index',
    path: '/authors',
    h1: 'Authors',
    texts: [
      ...SITE,
      payloadText('Author name'),
      payloadText('Author role'),
      payloadText('Second author name'),
      payloadText('Second author role'),
    ],
  },
  { name: 'not found', path: '/no-such-page', h1: 'Not found', texts: SITE },
];

/** Fails the test on any dialog (alert, confirm, prompt) a payload might open. */
function failOnDialog(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** Elements a payload would have become, had it been parsed as HTML. */
function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const { name } of Array.from(element.attributes)) {
        if (name.startsWith('on')) found.push(`<${element.localName} ${name}>`);
      }
    }
    for (const script of Array.from(document.querySelectorAll('script'))) {
      // Data blocks (JSON-LD, the page's data island) carry the payloads as JSON text and never run.
      const isData = /^application\/(ld\+)?json$/.test(script.type);
      if (script.textContent.includes('__pwned') && !isData) found.push('<script>');
    }
    if (document.querySelector('img[src="x"]') !== null) found.push('<img src=x>');
    for (const element of Array.from(document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]'))) {
      found.push(`<${element.localName}> to javascript:`);
    }
    return found;
  });
}

async function expectShownAsText(page: Page, view: View): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(view.h1);
  for (const text of view.texts) {
    await expect(page.getByText(text, { exact: false }).first(), text.slice(0, 40)).toBeVisible();
  }
  for (const name of view.images ?? []) {
    await expect(page.getByRole('img', { name, exact: true }).first()).toBeVisible();
  }
  // Inline markup's link whose text is a javascript: URL goes where the file said, a page of the site.
  for (const link of await page.getByRole('link', { name: LINK_PAYLOAD_TEXT, exact: true }).all()) {
    await expect(link).toHaveAttribute('href', '/tags/payload-tag/');
  }
  expect(await injectedElements(page)).toEqual([]);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    for (const view of VIEWS) {
      test.describe(() => {
        test.use({ expectNotFound: view.name === 'not found' });

        test(`${view.name}: every payload is literal text, and nothing runs`, async ({ page }) => {
          const dialogs = failOnDialog(page);
          await page.goto(view.path);
          await expectShownAsText(page, view);
          if (javaScriptEnabled) {
            // Give a payload that would load (an <img onerror>) time to fire.
            await page.waitForLoadState('load');
            expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
          }
          expect(dialogs).toEqual([]);
        });
      });
    }
  });
}

test('moving around the app renders every payload as text too', async ({ page }) => {
  const dialogs = failOnDialog(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest');
  const byName = (name: string) => VIEWS.find((view) => view.name === name);
  const steps: [string, () => Promise<void>][] = [
    [
      'article',
      () =>
        page
          .getByRole('link', { name: headlineText('Headline one') })
          .first()
          .click(),
    ],
    [
      'tag',
      () =>
        page
          .getByRole('region', { name: 'Topics' })
          .getByRole('link', { name: payloadText('Tag name'), exact: true })
          .click(),
    ],
    ['tag index', () => page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Tags' }).click()],
    [
      'author index',
      () => page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Authors' }).click(),
    ],
    [
      'author',
      () =>
        page
          .getByRole('main')
          .getByRole('link', { name: payloadText('Author name') })
          .first()
          .click(),
    ],
  ];
  for (const [name, go] of steps) {
    const view = byName(name);
    if (view === undefined) throw new Error(`no view ${name}`);
    await go();
    await expect(page).toHaveURL(folderAddress(view.path));
    await expectShownAsText(page, view);
  }
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

/** Every string anywhere in a JSON value. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

test.describe('the prerendered HTML', () => {
  for (const view of VIEWS) {
    test(`${view.name}: payloads only escaped, and its JSON-LD is JSON that carries them as text`, async ({
      parser,
      request,
    }) => {
      const response = await request.get(view.path === '/no-such-page' ? '/404.html' : view.path);
      expect(response.ok()).toBe(true);
      const html = await response.text();
      for (const payload of PAYLOADS) expect(html, payload).not.toContain(payload);
      expect(html).not.toMatch(/href="\s*javascript:/i);

      // As a browser parses it (DOMParser runs nothing): no element or attribute came from content.
      const parsed = await parser.evaluate((source) => {
        const document = new DOMParser().parseFromString(source, 'text/html');
        const handlers = Array.from(document.querySelectorAll('*')).flatMap((element) =>
          Array.from(element.attributes)
            .filter((attribute) => attribute.name.startsWith('on'))
            .map((attribute) => `<${element.localName} ${attribute.name}>`),
        );
        const scripts = Array.from(document.querySelectorAll('script'), (script) => ({
          type: script.type,
          src: script.getAttribute('src'),
          text: script.textContent,
        }));
        return { handlers, scripts, title: document.title };
      }, html);
      expect(parsed.handlers).toEqual([]);
      const runnable = parsed.scripts.filter((script) => !/^application\/(ld\+)?json$/.test(script.type));
      expect(runnable.filter((script) => script.text.includes('__pwned'))).toEqual([]);
      // The one script the page runs before the app (theme, address repair, app start): a file, no inline code.
      expect(runnable).toEqual([
        { type: '', src: expect.stringMatching(/^\/assets\/early-[0-9a-f]{8}\.js$/), text: '' },
      ]);
      // The page's data island is a data block that parses as JSON and carries the payloads as text. The home's
      // holds only its place in the list: its entries are the page's markup (decision 012), checked above.
      const islands = parsed.scripts.filter((script) => script.type === 'application/json');
      if (view.name !== 'not found') {
        expect(islands).toHaveLength(1);
        const carries = stringsIn(JSON.parse(islands[0]?.text ?? 'null')).some((text) => text.includes(PAYLOAD));
        expect(carries).toBe(view.name !== 'home');
      }
      if (view.name !== 'not found' && view.name !== 'home') expect(parsed.title).toContain(PAYLOADS[0]);

      const jsonLd = parsed.scripts.filter((script) => script.type === 'application/ld+json');
      if (view.name === 'not found') return;
      expect(jsonLd.length).toBeGreaterThan(0);
      const strings = jsonLd.flatMap((script) => stringsIn(JSON.parse(script.text)));
      // The breadcrumbs name the site, so every page's JSON-LD carries the whole payload.
      for (const payload of PAYLOADS)
        expect(
          strings.some((text) => text.includes(payload)),
          payload,
        ).toBe(true);
    });
  }
});

test('the feeds and the sitemap are well-formed XML that carry the payloads as text', async ({ parser, request }) => {
  for (const file of ['/feed.xml', `/tags/${SLUGS.tags[0]}/feed.xml`, '/sitemap.xml']) {
    const xml = await (await request.get(file)).text();
    const result = await parser.evaluate((source) => {
      const document = new DOMParser().parseFromString(source, 'application/xml');
      return {
        error: document.querySelector('parsererror')?.textContent ?? null,
        root: document.documentElement.localName,
        titles: Array.from(document.querySelectorAll('channel > title, item > title'), (title) => title.textContent),
        descriptions: Array.from(document.querySelectorAll('description'), (element) => element.textContent),
        locations: Array.from(document.querySelectorAll('loc'), (loc) => loc.textContent),
      };
    }, xml);
    expect(result.error, file).toBeNull();
    if (file === '/sitemap.xml') {
      expect(result.root).toBe('urlset');
      expect(result.locations).toContain(`https://payload.example/articles/${SLUGS.articles[0]}/`);
      continue;
    }
    expect(result.root).toBe('rss');
    expect(result.titles[0], `${file}: the channel's title`).toContain(PAYLOAD);
    expect(result.titles).toEqual(expect.arrayContaining([headlineText('Headline one')]));
    expect(result.descriptions.some((text) => text.includes(PAYLOAD))).toBe(true);
  }
});

test('the fixture: every text field of every file carries the payloads', () => {
  const dir = path.resolve(import.meta.dirname, '../payload-content');
  /** Fields that are not text: addresses, slugs, dates, sizes, references. */
  const NOT_TEXT = new Set([
    'slug',
    'url',
    'membershipUrl',
    'language',
    'src',
    'publishedAt',
    'updatedAt',
    'authors',
    'tags',
    'type',
  ]);
  const files = [
    'site.json',
    'authors.json',
    'tags.json',
    ...readdirSync(path.join(dir, 'articles')).map((file) => `articles/${file}`),
  ];
  let fields = 0;
  const visit = (value: unknown, key: string, where: string): void => {
    if (NOT_TEXT.has(key)) return;
    if (typeof value === 'string') {
      fields += 1;
      // Headlines carry the first five (they are at most 300 characters), every other field all of them.
      const carried = key === 'title' && where.startsWith('articles/') ? PAYLOADS.slice(0, 5) : PAYLOADS;
      expect(
        carried.every((payload) => value.includes(payload)),
        `${where}.${key}`,
      ).toBe(true);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => {
        visit(item, key, `${where}[${index}]`);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [name, item] of Object.entries(value)) visit(item, name, where);
    }
  };
  for (const file of files) visit(JSON.parse(readFileSync(path.join(dir, file), 'utf8')), '', file);
  expect(files).toHaveLength(6);
  expect(fields).toBe(39);
});
