// @vitest-environment jsdom
import type { RouteObject } from 'react-router';
import { afterEach, expect, test, vi } from 'vitest';

import { getArticle, setDataFetch } from '../lib/content/api.ts';
import type { PrefetchIntent } from '../lib/routing/prefetch-intent.ts';
import { listenForLinkIntent, saveDataOn, startLinkPrefetch } from './link-prefetch.ts';
import { pageResponse } from '../test/page-response.ts';

function fakeIntent() {
  return {
    pointerEnter: vi.fn<PrefetchIntent['pointerEnter']>(),
    pointerLeave: vi.fn<PrefetchIntent['pointerLeave']>(),
    focus: vi.fn<PrefetchIntent['focus']>(),
    touch: vi.fn<PrefetchIntent['touch']>(),
    click: vi.fn<PrefetchIntent['click']>(),
  } satisfies PrefetchIntent;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, attributes: Record<string, string> = {}) {
  const node = document.createElement(tag);
  node.append(text);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** A page with a link whose text is in a child element, a link not to prefetch, and some text. */
function page() {
  const text = element('p', 'Text');
  const headline = element('span', 'The harbour');
  const article = element('a', '', { href: '/articles/harbour' });
  article.append(headline);
  const elsewhere = element('a', 'Elsewhere', { href: 'https://example.org/' });
  document.body.append(text, article, elsewhere);
  return { text, article, headline, elsewhere };
}

/** Keys links by their path, and refuses the one to another site. */
const hrefOf = (link: HTMLAnchorElement) => (link.hostname === 'example.org' ? null : link.pathname);

function pointer(type: 'pointerover' | 'pointerout', target: Element, relatedTarget: Element, pointerType = 'mouse') {
  target.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerType, relatedTarget }));
}

// jsdom cannot follow a link; the router would not let the browser follow it either.
document.addEventListener('click', (event) => {
  event.preventDefault();
});

let stopListening: () => void = () => undefined;

afterEach(() => {
  stopListening();
  document.body.replaceChildren();
  setDataFetch((input, init) => fetch(input, init));
  vi.useRealTimers();
});

function listen() {
  const intent = fakeIntent();
  stopListening = listenForLinkIntent(document, intent, hrefOf);
  return intent;
}

test('a mouse entering a link, even by its child, is one pointerEnter; moving inside it is nothing', () => {
  const intent = listen();
  const { text, article, headline } = page();
  pointer('pointerover', headline, text);
  pointer('pointerout', headline, article);
  pointer('pointerover', article, headline);
  expect(intent.pointerEnter.mock.calls).toEqual([['/articles/harbour']]);
  expect(intent.pointerLeave).not.toHaveBeenCalled();

  pointer('pointerout', article, text);
  expect(intent.pointerLeave.mock.calls).toEqual([['/articles/harbour']]);
});

test('a touch or pen pointer passing over is not a hover', () => {
  const intent = listen();
  const { text, headline } = page();
  pointer('pointerover', headline, text, 'touch');
  pointer('pointerover', headline, text, 'pen');
  expect(intent.pointerEnter).not.toHaveBeenCalled();
});

test('keyboard focus, a touch and a click on a link are told with its href', () => {
  const intent = listen();
  const { article, headline } = page();
  // Focus the browser shows, as after a key. jsdom has no focus-visible heuristics of its own: its answer depended on
  // what the tests before this one did, and this test failed when it ran first.
  vi.spyOn(article, 'matches').mockImplementation((selector) => selector === ':focus-visible');
  article.focus();
  headline.dispatchEvent(new TouchEvent('touchstart', { bubbles: true }));
  headline.click();
  expect(intent.focus.mock.calls).toEqual([['/articles/harbour']]);
  expect(intent.touch.mock.calls).toEqual([['/articles/harbour']]);
  expect(intent.click.mock.calls).toEqual([['/articles/harbour']]);
});

test('focus a mouse click gives (no focus ring) is the click itself, not an intent', () => {
  const intent = listen();
  const { article } = page();
  vi.spyOn(article, 'matches').mockImplementation((selector) => selector !== ':focus-visible');
  article.focus();
  expect(intent.focus).not.toHaveBeenCalled();
});

test('links not to prefetch and what is not a link are ignored', () => {
  const intent = listen();
  const { text, elsewhere } = page();
  pointer('pointerover', elsewhere, text);
  elsewhere.focus();
  elsewhere.dispatchEvent(new TouchEvent('touchstart', { bubbles: true }));
  text.dispatchEvent(new TouchEvent('touchstart', { bubbles: true }));
  pointer('pointerover', text, elsewhere);
  expect(Object.values(intent).flatMap((method) => method.mock.calls)).toEqual([]);
});

test('once removed, the listeners tell nothing', () => {
  const intent = listen();
  stopListening();
  const { article } = page();
  article.focus();
  expect(intent.focus).not.toHaveBeenCalled();
});

test('data saver is read from the Network Information API, and is off without it', () => {
  expect(saveDataOn()).toBe(false);
  Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
  try {
    expect(saveDataOn()).toBe(true);
  } finally {
    Reflect.deleteProperty(navigator, 'connection');
  }
  expect(saveDataOn()).toBe(false);
});

test('once idle, a link rested on loads its data into the cache the loaders use', async () => {
  vi.useFakeTimers();
  const network = vi.fn<typeof fetch>(() =>
    Promise.resolve(pageResponse('/articles/harbour', { slug: 'harbour', body: [], related: [] })),
  );
  vi.stubGlobal('fetch', network);
  const loader = vi.fn(({ params }: { params: { slug?: string } }) => getArticle(params.slug ?? ''));
  const routes: RouteObject[] = [{ id: 'article', path: '/articles/:slug', loader }];
  const { text, article } = page();

  startLinkPrefetch(routes, '/');
  pointer('pointerover', article, text);
  await vi.advanceTimersByTimeAsync(150);
  expect(loader, 'nothing before the browser is idle').not.toHaveBeenCalled();

  await vi.advanceTimersByTimeAsync(2_000);
  pointer('pointerover', article, text);
  await vi.advanceTimersByTimeAsync(100);
  expect(loader).toHaveBeenCalledTimes(1);
  expect(network).toHaveBeenCalledTimes(1);

  // The click: the router runs the loader, which finds the file in the cache.
  await expect(loader({ params: { slug: 'harbour' } })).resolves.toEqual({
    slug: 'harbour',
    body: [],
    related: [],
  });
  expect(network).toHaveBeenCalledTimes(1);
  vi.unstubAllGlobals();
});
