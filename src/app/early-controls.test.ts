// @vitest-environment jsdom
/**
 * index.html's inline script: the controls a reader may use before the app
 * runs. It applies the saved scheme, works the scheme button and the "/" key,
 * keeps each event it handles from the app (so none acts twice), and steps
 * aside when the app announces that it has taken over.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';

import { afterEach, beforeEach, expect, test } from 'vitest';

import { THEME_STORAGE_KEY } from '../lib/theme.ts';
import { APP_READY_EVENT } from './app-ready.ts';

const template = readFileSync(path.resolve(import.meta.dirname, '../../index.html'), 'utf8');
const earlyControls = [...template.matchAll(/<script>([\s\S]*?)<\/script>/g)]
  .map((match) => match[1] ?? '')
  .find((script) => script.includes('scheme-toggle'));

/** Runs the inline script as the browser would in <head>. */
function runEarlyControls(): void {
  if (earlyControls === undefined) throw new Error('index.html has no early-controls script');
  runInNewContext(earlyControls, { window, document, localStorage });
}

/** The system's scheme (jsdom has no matchMedia). */
function systemScheme(dark: boolean) {
  Object.defineProperty(window, 'matchMedia', {
    value: (query: string) => ({ matches: dark, media: query }),
    configurable: true,
    writable: true,
  });
}

let appSaw: string[];

beforeEach(() => {
  appSaw = [];
  localStorage.clear();
  delete document.documentElement.dataset.theme;
  systemScheme(false);
  const root = document.createElement('div');
  const button = document.createElement('button');
  button.id = 'scheme-toggle';
  button.setAttribute('aria-pressed', 'false');
  button.append(document.createElementNS('http://www.w3.org/2000/svg', 'svg'), 'Dark mode');
  const other = document.createElement('input');
  other.id = 'other';
  const search = document.createElement('input');
  search.type = 'search';
  root.append(button, other, search);
  document.body.replaceChildren(root);
  // The app's handlers, as React's would be: on the root, seeing what the script lets through.
  root.addEventListener('click', () => appSaw.push('click'));
  root.addEventListener('keydown', (event) => appSaw.push(event.key));
});

afterEach(() => {
  document.dispatchEvent(new Event(APP_READY_EVENT));
});

function toggle(): HTMLElement {
  const button = document.getElementById('scheme-toggle');
  if (button === null) throw new Error('no scheme button');
  return button;
}

function pressSlash(target: Element): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

test('it uses the same storage key as the app', () => {
  expect(earlyControls).toContain(`'${THEME_STORAGE_KEY}'`);
});

test('the saved scheme is applied at once', () => {
  localStorage.setItem(THEME_STORAGE_KEY, 'dark');
  runEarlyControls();
  expect(document.documentElement.dataset.theme).toBe('dark');
});

test('before the app runs, the scheme button switches the scheme, saves it and shows its state, once', () => {
  runEarlyControls();

  toggle()
    .querySelector('svg')
    ?.dispatchEvent(new MouseEvent('click', { bubbles: true }));

  expect(document.documentElement.dataset.theme).toBe('dark');
  expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
  expect(toggle()).toHaveAttribute('aria-pressed', 'true');
  expect(appSaw).toEqual([]);

  toggle().click();
  expect(document.documentElement.dataset.theme).toBe('light');
  expect(toggle()).toHaveAttribute('aria-pressed', 'false');
});

test('the button starts from the system scheme when the reader chose none', () => {
  systemScheme(true);
  runEarlyControls();
  document.dispatchEvent(new Event('DOMContentLoaded'));
  expect(toggle()).toHaveAttribute('aria-pressed', 'true');

  toggle().click();
  expect(document.documentElement.dataset.theme).toBe('light');
});

test('"/" focuses the search box, unless the reader is typing in a field', () => {
  runEarlyControls();
  const search = document.querySelector('input[type=search]');

  const event = pressSlash(toggle());
  expect(document.activeElement).toBe(search);
  expect(event.defaultPrevented).toBe(true);
  expect(appSaw).toEqual([]);

  const other = document.getElementById('other');
  other?.focus();
  if (other === null) throw new Error('no text field');
  expect(pressSlash(other).defaultPrevented).toBe(false);
  expect(document.activeElement).toBe(other);
  expect(appSaw).toEqual(['/']);
});

test('once the app has taken over, every click and key is the app’s alone', () => {
  runEarlyControls();
  document.dispatchEvent(new Event(APP_READY_EVENT));

  toggle().click();
  const event = pressSlash(toggle());

  expect(document.documentElement.dataset.theme).toBeUndefined();
  expect(event.defaultPrevented).toBe(false);
  expect(appSaw).toEqual(['click', '/']);
});
