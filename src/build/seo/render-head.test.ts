// @vitest-environment jsdom
/**
 * renderHead's HTML read back with the browser's HTML parser (jsdom): what a
 * browser, a crawler or a link preview finds in the prerendered <head>.
 */
import { expect, test } from 'vitest';

import { anArticle, anAuthor, anImage, aSite } from '../../test/view-models.ts';
import type { SiteInfo } from '../../lib/content/model.ts';
import { articleHead, notFoundHead, tagIndexHead, type PageHead } from './page-head.ts';
import { escapeHtml, renderHead, scriptSafeJson, type HeadLinks } from './render-head.ts';

const site = aSite({ language: 'en' });

const NO_LINKS: HeadLinks = { feeds: [] };

/** Text that would end an attribute, start a tag, start an entity, or end the JSON-LD script. */
const HOSTILE = `He said "stop" & 'go' <b>now</b> </script><script>alert(1)</script> <!-- x`;

/** The rendered head in a whole document, parsed as a browser would. */
function parseHead(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${html}</head><body></body></html>`, 'text/html');
}

/** One line per element of <head>: what it is, not its value. */
function tagsOf(doc: Document): string[] {
  return Array.from(doc.head.children).map((element) => {
    switch (element.localName) {
      case 'meta':
        return element.hasAttribute('name')
          ? `meta name=${element.getAttribute('name') ?? ''}`
          : `meta property=${element.getAttribute('property') ?? ''}`;
      case 'link':
        return `link rel=${element.getAttribute('rel') ?? ''}`;
      case 'script':
        return `script type=${element.getAttribute('type') ?? ''}`;
      default:
        return element.localName;
    }
  });
}

function metaContent(doc: Document, attribute: 'name' | 'property', key: string): (string | null)[] {
  return Array.from(doc.head.querySelectorAll(`meta[${attribute}="${key}"]`)).map((meta) =>
    meta.getAttribute('content'),
  );
}

function jsonLdTexts(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).map((script) => script.textContent);
}

function fullArticleHead(): PageHead {
  return articleHead(
    anArticle({
      slug: 'x',
      updatedAt: '2025-09-01',
      authors: [anAuthor(), anAuthor({ slug: 'charles-babbage', name: 'Charles Babbage' })],
      image: anImage({ file: { kind: 'single', src: '/assets/harbour-abc.png' } }),
    }),
    site,
  );
}

const LINKS: HeadLinks = {
  feeds: [
    { title: 'The Ledger', href: 'https://ledger.example.org/feed.xml' },
    { title: 'Engines · The Ledger', href: 'https://ledger.example.org/tags/engines/feed.xml' },
  ],
};

test('an article with an image, an update, two authors and feeds has exactly these tags, in this order', () => {
  const doc = parseHead(renderHead(fullArticleHead(), site, LINKS));
  expect(tagsOf(doc)).toEqual([
    'title',
    'meta name=description',
    'link rel=canonical',
    'meta property=og:site_name',
    'meta property=og:type',
    'meta property=og:title',
    'meta property=og:description',
    'meta property=og:url',
    'meta name=twitter:card',
    'meta property=og:image',
    'meta property=og:image:alt',
    'meta property=og:image:width',
    'meta property=og:image:height',
    'meta property=article:published_time',
    'meta property=article:modified_time',
    'meta property=article:author',
    'meta property=article:author',
    'meta property=article:section',
    'meta property=article:tag',
    'meta property=article:tag',
    'link rel=alternate',
    'link rel=alternate',
    'script type=application/ld+json',
    'script type=application/ld+json',
  ]);
  expect(doc.body.childNodes).toHaveLength(0);
});

test('the article tags carry the head values, author pages as absolute URLs', () => {
  const doc = parseHead(renderHead(fullArticleHead(), site, LINKS));
  expect(doc.title).toBe('The engine runs at last · The Ledger');
  expect(metaContent(doc, 'name', 'description')).toEqual(['After years of work, the engine ran.']);
  expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
    'https://ledger.example.org/articles/x/',
  );
  expect(metaContent(doc, 'property', 'og:site_name')).toEqual(['The Ledger']);
  expect(metaContent(doc, 'property', 'og:type')).toEqual(['article']);
  expect(metaContent(doc, 'property', 'og:title')).toEqual(['The engine runs at last · The Ledger']);
  expect(metaContent(doc, 'property', 'og:url')).toEqual(['https://ledger.example.org/articles/x/']);
  expect(metaContent(doc, 'name', 'twitter:card')).toEqual(['summary_large_image']);
  expect(metaContent(doc, 'property', 'og:image')).toEqual(['https://ledger.example.org/assets/harbour-abc.png']);
  expect(metaContent(doc, 'property', 'og:image:alt')).toEqual(['A harbour at dawn']);
  expect(metaContent(doc, 'property', 'og:image:width')).toEqual(['1200']);
  expect(metaContent(doc, 'property', 'og:image:height')).toEqual(['800']);
  expect(metaContent(doc, 'property', 'og:image')).toEqual(['https://ledger.example.org/assets/harbour-abc.png']);
  // Written once: X falls back to the og: tags.
  expect(doc.querySelectorAll('meta[name^="twitter:"]')).toHaveLength(1);
  expect(metaContent(doc, 'property', 'article:published_time')).toEqual(['2025-08-22']);
  expect(metaContent(doc, 'property', 'article:modified_time')).toEqual(['2025-09-01']);
  expect(metaContent(doc, 'property', 'article:author')).toEqual([
    'https://ledger.example.org/authors/ada-byron/',
    'https://ledger.example.org/authors/charles-babbage/',
  ]);
  expect(metaContent(doc, 'property', 'article:section')).toEqual(['Engines']);
  expect(metaContent(doc, 'property', 'article:tag')).toEqual(['Engines', 'London']);
});

test('a page without an image or article fields has the summary card and no og:image or article tags', () => {
  const doc = parseHead(renderHead(tagIndexHead({ tags: [] }, site), site, NO_LINKS));
  expect(tagsOf(doc)).toEqual([
    'title',
    'meta name=description',
    'link rel=canonical',
    'meta property=og:site_name',
    'meta property=og:type',
    'meta property=og:title',
    'meta property=og:description',
    'meta property=og:url',
    'meta name=twitter:card',
    'script type=application/ld+json',
    'script type=application/ld+json',
  ]);
  expect(metaContent(doc, 'name', 'twitter:card')).toEqual(['summary']);
  expect(metaContent(doc, 'property', 'og:type')).toEqual(['website']);
});

test('an article without an update has no article:modified_time', () => {
  const doc = parseHead(renderHead(articleHead(anArticle(), site), site, NO_LINKS));
  expect(metaContent(doc, 'property', 'article:published_time')).toEqual(['2025-08-22']);
  expect(doc.querySelector('meta[property="article:modified_time"]')).toBeNull();
});

test('the not-found page is noindex and has no canonical link', () => {
  const doc = parseHead(renderHead(notFoundHead(site), site, NO_LINKS));
  expect(metaContent(doc, 'name', 'robots')).toEqual(['noindex']);
  expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
  expect(doc.title).toBe('Not found · The Ledger');
  expect(jsonLdTexts(doc)).toEqual([]);
});

test('an indexed page has a canonical link and no robots meta', () => {
  const doc = parseHead(renderHead(tagIndexHead({ tags: [] }, site), site, NO_LINKS));
  expect(doc.querySelectorAll('link[rel="canonical"]')).toHaveLength(1);
  expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://ledger.example.org/tags/');
  expect(doc.querySelector('meta[name="robots"]')).toBeNull();
});

test('under a sub-path the canonical, og:url and article:author URLs keep the sub-path', () => {
  const newsSite: SiteInfo = { ...site, url: 'https://example.org/news' };
  const doc = parseHead(renderHead(articleHead(anArticle({ slug: 'x' }), newsSite), newsSite, NO_LINKS));
  expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://example.org/news/articles/x/');
  expect(metaContent(doc, 'property', 'og:url')).toEqual(['https://example.org/news/articles/x/']);
  expect(metaContent(doc, 'property', 'article:author')).toEqual(['https://example.org/news/authors/ada-byron/']);
});

test('feed links are RSS alternates with their titles', () => {
  const doc = parseHead(renderHead(fullArticleHead(), site, LINKS));
  const feeds = Array.from(doc.querySelectorAll('link[rel="alternate"]'));
  expect(
    feeds.map((link) => [link.getAttribute('type'), link.getAttribute('title'), link.getAttribute('href')]),
  ).toEqual([
    ['application/rss+xml', 'The Ledger', 'https://ledger.example.org/feed.xml'],
    ['application/rss+xml', 'Engines · The Ledger', 'https://ledger.example.org/tags/engines/feed.xml'],
  ]);
});

test('the JSON-LD scripts parse back to the head JSON-LD', () => {
  const head = fullArticleHead();
  const texts = jsonLdTexts(parseHead(renderHead(head, site, LINKS)));
  expect(texts).toHaveLength(2);
  const parsed: unknown[] = texts.map((text): unknown => JSON.parse(text));
  expect(parsed).toEqual(head.jsonLd);
});

test('quotes, <, & and </script> in every value stay inside their attribute, title or JSON-LD script', () => {
  const hostileSite: SiteInfo = { ...site, title: HOSTILE };
  const head = articleHead(
    anArticle({
      title: HOSTILE,
      excerpt: HOSTILE,
      authors: [anAuthor({ name: HOSTILE })],
      tags: [{ slug: 'engines', name: HOSTILE }],
      image: anImage({ file: { kind: 'single', src: '/assets/harbour-abc.png' }, alt: HOSTILE }),
    }),
    hostileSite,
  );
  const links: HeadLinks = {
    feeds: [{ title: HOSTILE, href: 'https://ledger.example.org/feed.xml?a="1"&b=<2>' }],
  };
  const doc = parseHead(renderHead(head, hostileSite, links));

  // Nothing escaped into <body>, no extra element appeared, and no script but the JSON-LD.
  expect(doc.body.childNodes).toHaveLength(0);
  expect(doc.querySelectorAll('b')).toHaveLength(0);
  expect(doc.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
  expect(doc.querySelectorAll('script')).toHaveLength(2);

  const title = `${HOSTILE} · ${HOSTILE}`;
  expect(doc.title).toBe(title);
  expect(doc.head.querySelectorAll('title')).toHaveLength(1);
  expect(metaContent(doc, 'name', 'description')).toEqual([HOSTILE]);
  expect(metaContent(doc, 'property', 'og:site_name')).toEqual([HOSTILE]);
  expect(metaContent(doc, 'property', 'og:title')).toEqual([title]);
  expect(metaContent(doc, 'property', 'og:description')).toEqual([HOSTILE]);
  expect(metaContent(doc, 'property', 'og:image:alt')).toEqual([HOSTILE]);
  expect(metaContent(doc, 'property', 'article:section')).toEqual([HOSTILE]);
  expect(metaContent(doc, 'property', 'article:tag')).toEqual([HOSTILE]);
  for (const meta of doc.head.querySelectorAll('meta')) {
    expect(meta.getAttributeNames().sort()).toEqual(
      ['content', meta.hasAttribute('name') ? 'name' : 'property'].sort(),
    );
  }

  const feed = doc.querySelector('link[rel="alternate"]');
  expect(feed?.getAttribute('title')).toBe(HOSTILE);
  expect(feed?.getAttribute('href')).toBe('https://ledger.example.org/feed.xml?a="1"&b=<2>');

  const texts = jsonLdTexts(doc);
  for (const text of texts) {
    expect(text).not.toContain('</script');
    expect(text).not.toContain('<');
  }
  const parsed: unknown[] = texts.map((text): unknown => JSON.parse(text));
  expect(parsed).toEqual(head.jsonLd);
  expect(parsed[0]).toMatchObject({ headline: HOSTILE, author: [{ name: HOSTILE }], articleSection: HOSTILE });
});

test('scriptSafeJson escapes <, > and & so no tag or comment can start, and still parses back', () => {
  const value = { text: '</script><!-- & -->', list: ['<b>'] };
  const json = scriptSafeJson(value);
  expect(json).not.toMatch(/[<>&]/);
  expect(json).toContain('\\u003c/script\\u003e');
  expect(json).toContain('\\u0026');
  const parsed: unknown = JSON.parse(json);
  expect(parsed).toEqual(value);
});

test('scriptSafeJson escapes U+2028 and U+2029', () => {
  const json = scriptSafeJson('a\u2028b\u2029c');
  expect(json).toBe('"a\\u2028b\\u2029c"');
  expect(json).not.toMatch(/[\u2028\u2029]/);
  const parsed: unknown = JSON.parse(json);
  expect(parsed).toBe('a\u2028b\u2029c');
});

test('escapeHtml escapes the five characters that matter in HTML text and attributes', () => {
  expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  expect(escapeHtml('Київ · plain')).toBe('Київ · plain');
});
