/**
 * `npm run screenshot`: photographs the article page of the built site for
 * the README (docs/article-page.png). Run `npm run build` first.
 */
import path from 'node:path';

import { chromium } from '@playwright/test';
import { preview } from 'vite';

import { chromiumLaunchOptions } from './browser.ts';

const root = path.resolve(import.meta.dirname, '..');
const ARTICLE = '/articles/kim-jong-un-reportedly-awards-troops-who-fought-for-russia';
const OUTPUT = path.join(root, 'docs/article-page.png');

const server = await preview({ root, preview: { port: 4174, strictPort: true }, logLevel: 'warn' });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1600 }, colorScheme: 'light' });
  await page.goto(`http://localhost:4174${ARTICLE}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.screenshot({ path: OUTPUT, fullPage: true });
  console.log(`wrote ${path.relative(root, OUTPUT)}`);
} finally {
  await browser.close();
  await server.close();
}
