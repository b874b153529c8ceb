// @vitest-environment jsdom
import { expect, test } from 'vitest';

import { folderAddress } from '../lib/paths.ts';
import { siteHref } from './router-links.tsx';
import { siteAddressOf } from './site-link-clicks.ts';

test("siteAddressOf: the address inside the site that a link opens, siteHref's inverse (in the folder form siteHref writes); null for any other", () => {
  const origin = 'https://news.example';
  const link = (href: string, attributes: Record<string, string> = {}) => {
    const element = document.createElement('a');
    element.href = new URL(href, origin).href;
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    return element;
  };
  for (const base of ['/', '/news/']) {
    for (const to of ['/', '/tags', '/?tags=rail,ports', '/articles/harbour', '/search?q=port#results']) {
      expect(siteAddressOf(link(siteHref(to, base)), origin, base)).toBe(folderAddress(to));
    }
  }
  expect(siteAddressOf(link('/news'), origin, '/news/')).toBe('/');
  expect(siteAddressOf(link('/other/page'), origin, '/news/')).toBeNull();
  expect(siteAddressOf(link('https://elsewhere.example/tags'), origin, '/')).toBeNull();
  expect(siteAddressOf(link('/tags', { target: '_blank' }), origin, '/')).toBeNull();
  expect(siteAddressOf(link('/feed.xml', { download: '' }), origin, '/')).toBeNull();
});
