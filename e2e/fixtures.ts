/**
 * The suite's `test` and `expect`. Every spec imports from here.
 *
 * The `page` fixture watches the page for the whole test and fails it when
 * the page logs a console error or warning, throws an uncaught error, or gets
 * an HTTP error (status >= 400) for a request to our own origin. A test that
 * deliberately opens an unknown address says so with
 * `test.use({ expectNotFound: true })`: then a 404 for a document or for a
 * page-data file (which is how a static host answers an unknown address) and
 * the browser's "Failed to load resource … 404" console line are expected.
 * A test that makes requests fail on purpose (`page.route(…, route => route.abort())`)
 * names them with `test.use({ failingRequests: /pattern/ })`: then their
 * failures and the browser's console line about each are expected.
 *
 * With JavaScript on, it also listens for `securitypolicyviolation` events in
 * every document the page loads and fails the test on any, naming the
 * directive and what was blocked: the Content-Security-Policy must never
 * block anything the site itself does.
 */
import { test as base, expect, type ConsoleMessage, type Page, type Request, type Response } from '@playwright/test';

import { watchAppReady } from './app-ready.ts';

type Options = {
  /** The test opens addresses that do not exist: allow 404 for documents and page data. */
  expectNotFound: boolean;
  /** Same-origin URLs the test makes fail on purpose: their failed requests and "Failed to load resource" lines are expected. */
  failingRequests: RegExp | null;
};

const NOT_FOUND_CONSOLE = /^Failed to load resource: the server responded with a status of 404/;
/** A request that got no response at all, as Chromium logs it. */
const FAILED_CONSOLE = /^Failed to load resource: net::/;

function isSameOrigin(url: string, baseURL: string | undefined): boolean {
  if (baseURL === undefined) return false;
  return new URL(url).origin === new URL(baseURL).origin;
}

function isExpectedNotFound(request: Request, status: number): boolean {
  if (status !== 404) return false;
  if (request.resourceType() === 'document') return true;
  // The app's requests for an address's data (its page) or a data file: a missing one is "not found".
  return request.resourceType() === 'fetch';
}

type WorkerFixtures = {
  /**
   * A blank page per worker, never navigated: tests of what the server sends (heads, policies, feeds) parse
   * it with this page's DOMParser, as a browser would parse it, without a page load of their own.
   */
  parser: Page;
};

export const test = base.extend<Options, WorkerFixtures>({
  expectNotFound: [false, { option: true }],
  failingRequests: [null, { option: true }],

  parser: [
    async ({ browser }, use) => {
      const page = await browser.newPage();
      await use(page);
      await page.close();
    },
    { scope: 'worker' },
  ],

  page: async ({ page, baseURL, expectNotFound, failingRequests, javaScriptEnabled }, use) => {
    const problems: string[] = [];
    const failsOnPurpose = (url: string) =>
      failingRequests !== null && isSameOrigin(url, baseURL) && failingRequests.test(url);

    if (javaScriptEnabled) {
      // Installed before any of the page's own scripts, in every document it loads. It reports through the
      // console, which the listener below turns into a problem: an exposed function cost a tenth of a second a test.
      await page.addInitScript(() => {
        document.addEventListener(
          'securitypolicyviolation',
          (event) => {
            const where = event.sourceFile === '' ? '' : ` at ${event.sourceFile}:${event.lineNumber}`;
            console.error(
              `Content-Security-Policy violation: ${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}${where} in ${document.location.href}`,
            );
          },
          true,
        );
      });
      await watchAppReady(page);
    }

    page.on('console', (message: ConsoleMessage) => {
      const type = message.type();
      if (type !== 'error' && type !== 'warning') return;
      const text = message.text();
      const { url } = message.location();
      if (expectNotFound && NOT_FOUND_CONSOLE.test(text) && isSameOrigin(url, baseURL)) return;
      if (FAILED_CONSOLE.test(text) && failsOnPurpose(url)) return;
      problems.push(`console ${type}: ${text}${url === '' ? '' : ` (${url})`}`);
    });

    page.on('pageerror', (error: Error) => {
      problems.push(`uncaught error: ${error.name}: ${error.message}`);
    });

    page.on('response', (response: Response) => {
      const status = response.status();
      if (status < 400) return;
      const request = response.request();
      if (!isSameOrigin(request.url(), baseURL)) return;
      if (expectNotFound && isExpectedNotFound(request, status)) return;
      problems.push(`HTTP ${status} for ${request.resourceType()} ${request.url()}`);
    });

    page.on('requestfailed', (request: Request) => {
      if (!isSameOrigin(request.url(), baseURL)) return;
      if (failsOnPurpose(request.url())) return;
      const failure = request.failure()?.errorText ?? 'unknown error';
      // A navigation that supersedes a pending fetch aborts it by design.
      if (failure === 'net::ERR_ABORTED') return;
      problems.push(`request failed: ${request.resourceType()} ${request.url()}: ${failure}`);
    });

    await use(page);

    expect(problems, 'the page logged errors or warnings, threw, or got HTTP errors').toEqual([]);
  },
});

export { expect };
export type { Locator, Page } from '@playwright/test';
