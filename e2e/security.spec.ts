/**
 * The Content-Security-Policy every built page carries, the `_headers` file
 * for hosts that read one, and links that leave the site. That nothing the
 * site does is ever blocked is checked by every test: the shared fixture
 * fails any test whose page reports a `securitypolicyviolation`.
 *
 * The policy and the links are facts of the HTML as served: those tests
 * fetch it and parse it as a browser does (DOMParser), without loading a
 * page. Only the policy's enforcement needs a page.
 */
import { test as plainTest, type APIRequestContext } from '@playwright/test';

import { ARTICLE, AUTHOR } from './content.ts';
import { expect, test, type Page } from './fixtures.ts';

declare global {
  interface Window {
    /** Set by the enforcement test: reports a Content-Security-Policy violation to it. */
    e2eReportCspViolation?: (violation: string) => Promise<void>;
  }
}

const PAGES = ['/', '/page/1', ARTICLE.path, '/tags', '/tags/russia', '/authors', AUTHOR.path, '/404.html'];

/** The policy's directives: name → sources. */
function directivesOf(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0] !== undefined && parts[0] !== '')
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

/** The page at `path` as served. */
async function servedHtml(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

/** The policy of the page as a browser parses it, and the text of every inline script it runs and every inline style. */
function inlineCodeOf(parser: Page, html: string) {
  return parser.evaluate((source) => {
    const document = new DOMParser().parseFromString(source, 'text/html');
    const metas = Array.from(document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]'));
    const first = document.head.firstElementChild;
    // Data blocks (JSON-LD, the page's data island) are never run, and the policy does not govern them.
    const scripts = Array.from(document.querySelectorAll('script:not([src])')).filter(
      (script) => !/^application\/(ld\+)?json$/.test(script.getAttribute('type') ?? ''),
    );
    return {
      policies: metas.map((meta) => meta.getAttribute('content') ?? ''),
      // Only what follows the meta is governed by it: nothing that runs may come before.
      metaIsFirst:
        metas[0] !== undefined && first?.matches('meta[charset]') === true && first.nextElementSibling === metas[0],
      scripts: scripts.map((script) => script.textContent),
      // Classic scripts in <head> from files: the early script (scripts/early-script.ts), which must run before paint.
      headFiles: Array.from(document.head.querySelectorAll('script[src]:not([type])'), (script) =>
        script.getAttribute('src'),
      ),
      styles: Array.from(document.querySelectorAll('style'), (style) => style.textContent),
    };
  }, html);
}

// The static HTML as it is, before any script could add to it; /404.html is the "Not found" page itself.
test.describe('every built page', () => {
  for (const path of PAGES) {
    test(`${path}: a strict Content-Security-Policy that allows only the site's own scripts, none inline, and no inline style`, async ({
      request,
      parser,
    }) => {
      const { policies, metaIsFirst, scripts, headFiles, styles } = await inlineCodeOf(
        parser,
        await servedHtml(request, path),
      );
      expect(policies).toHaveLength(1);
      expect(metaIsFirst, 'the policy comes right after <meta charset>').toBe(true);
      const directives = directivesOf(policies[0] ?? '');

      const scriptSrc = directives.get('script-src') ?? [];
      expect(scriptSrc[0]).toBe("'self'");
      expect(scriptSrc.filter((source) => /unsafe|\*|^https?:$|^data:$|^blob:$/.test(source))).toEqual([]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('base-uri')).toEqual(["'none'"]);
      expect(directives.get('default-src')).toEqual(["'self'"]);
      expect(directives.get('style-src')?.some((source) => source.includes('unsafe'))).toBe(false);

      // The theme script, the address repair and the app's start are one file of the site's own, as is the
      // stylesheet: no inline code at all, so no hash.
      expect(scripts).toEqual([]);
      expect(scriptSrc).toEqual(["'self'"]);
      expect(headFiles).toEqual([expect.stringMatching(/^\/assets\/early-[0-9a-f]{8}\.js$/)]);
      expect(styles).toEqual([]);
      expect(directives.get('style-src')).toEqual(["'self'"]);
    });
  }

  test('all pages carry the same policy', async ({ request, parser }) => {
    const policies = new Set<string>();
    for (const path of PAGES) {
      policies.add((await inlineCodeOf(parser, await servedHtml(request, path))).policies[0] ?? '');
    }
    expect(policies.size).toBe(1);
  });
});

test('_headers gives hosts that read it the same policy, with frame-ancestors, and the other security headers', async ({
  request,
  parser,
}) => {
  const [policy] = (await inlineCodeOf(parser, await servedHtml(request, '/'))).policies;
  const response = await request.get('/_headers');
  expect(response.ok()).toBe(true);
  const headers = await response.text();
  expect(headers).toContain(`/*\n  Content-Security-Policy: ${policy ?? ''}; frame-ancestors 'none'\n`);
  for (const header of [
    'X-Content-Type-Options: nosniff',
    'X-Frame-Options: DENY',
    'Referrer-Policy: strict-origin-when-cross-origin',
    'Permissions-Policy: ',
    'Cross-Origin-Opener-Policy: same-origin',
  ]) {
    expect(headers).toContain(`\n  ${header}`);
  }
  expect(headers).toContain('/assets/*\n  Cache-Control: public, max-age=31536000, immutable');
});

plainTest('the policy is enforced: an inline script added to the page does not run', async ({ page }) => {
  // Plain Playwright here: the shared fixture would (rightly) fail this test on the violation it provokes.
  const violations: string[] = [];
  await page.exposeFunction('e2eReportCspViolation', (directive: string) => {
    violations.push(directive);
  });
  await page.goto('/');
  const ran = await page.evaluate(async () => {
    const reported = new Promise<void>((resolve) => {
      document.addEventListener('securitypolicyviolation', (event) => {
        void window.e2eReportCspViolation?.(event.effectiveDirective);
        resolve();
      });
    });
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.injected = "ran"';
    document.head.append(script);
    await reported;
    return document.body.dataset.injected === 'ran';
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations).toContain('script-src-elem');
});

/** Every link of the page at `url` as served: where it goes, its rel and its text. */
function linksOf(parser: Page, html: string, url: string) {
  return parser.evaluate(
    ({ source, address }) => {
      const document = new DOMParser().parseFromString(source, 'text/html');
      return Array.from(document.querySelectorAll('a[href]'), (link) => {
        const target = new URL(link.getAttribute('href') ?? '', address);
        return {
          href: link.getAttribute('href') ?? '',
          leavesSite: /^https?:$/.test(target.protocol) && target.origin !== new URL(address).origin,
          rel: link.getAttribute('rel') ?? '',
          text: link.textContent.replace(/\s+/g, ' ').trim(),
        };
      });
    },
    { source: html, address: url },
  );
}

test.describe('links that leave the site', () => {
  for (const path of ['/', ARTICLE.path, AUTHOR.path]) {
    test(`${path}: every one has rel="noopener noreferrer"`, async ({ request, parser, baseURL }) => {
      const links = await linksOf(parser, await servedHtml(request, path), new URL(path, baseURL).href);
      const external = links.filter((link) => link.leavesSite);
      expect(external.length, 'the page has links that leave the site').toBeGreaterThan(0);
      for (const { href, rel } of external) {
        expect(rel.split(/\s+/).sort(), href).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      }
    });
  }

  test('the "Become a member" call to action is one of them', async ({ request, parser, baseURL }) => {
    const links = await linksOf(parser, await servedHtml(request, '/'), new URL('/', baseURL).href);
    const member = links.filter((link) => link.text === 'Become a member');
    expect(member.map(({ leavesSite, rel }) => ({ leavesSite, rel }))).toEqual([
      { leavesSite: true, rel: 'noopener noreferrer' },
    ]);
  });
});
