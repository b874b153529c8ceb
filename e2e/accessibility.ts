/**
 * axe-core over the page as it is now: WCAG 2.0, 2.1 and 2.2 A and AA rules
 * plus axe's best practices (in the dark scheme, the rules that depend on
 * colour). `expectNoAxeViolations` fails with one readable paragraph per
 * violated rule (id, impact, help, and the first few elements with their
 * selectors and HTML) instead of a JSON dump.
 */
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';

import { ARTICLE, AUTHOR } from './content.ts';
import { expect, test, type Page } from './fixtures.ts';
import { gotoHydrated } from './prerendered.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** How many offending elements each rule lists before "… and N more". */
const NODES_SHOWN = 3;
const HTML_SHOWN = 200;

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

function describeViolation(violation: Violation): string {
  const lines = [`[${violation.impact ?? 'unknown impact'}] ${violation.id}: ${violation.help} (${violation.helpUrl})`];
  for (const node of violation.nodes.slice(0, NODES_SHOWN)) {
    const html = node.html.length > HTML_SHOWN ? `${node.html.slice(0, HTML_SHOWN)}…` : node.html;
    lines.push(`  - ${node.target.join(' ')}`, `    ${html}`);
    const summary = node.failureSummary?.split('\n').slice(1).join(' ').trim();
    if (summary !== undefined && summary !== '') lines.push(`    ${summary}`);
  }
  const more = violation.nodes.length - NODES_SHOWN;
  if (more > 0) lines.push(`  … and ${more} more`);
  return lines.join('\n');
}

/**
 * The rules whose outcome depends on colour. A change of colour scheme changes nothing else: styles.css only
 * swaps the colours of light-dark() pairs (and the app presses the Dark mode button, which the matrix checks).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** An axe-core script that does nothing: for a document that already has axe, instead of its 500 KB again. */
const AXE_ALREADY_LOADED = 'void 0';

/**
 * Runs axe over the whole page (every rule of AXE_TAGS, or only the COLOUR_RULES) and fails the test, listing
 * every violation, if there are any.
 */
export async function expectNoAxeViolations(
  page: Page,
  rules: 'every rule' | 'colour rules' = 'every rule',
): Promise<void> {
  // AxeBuilder evaluates axe-core's 650 KB at every run, twice in legacy mode: 1.2 s of a 1.9 s first run. The page
  // gets it once, here, and the builder a script that does nothing.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const builder = new AxeBuilder({ page, axeSource: AXE_ALREADY_LOADED });
  const results = await (rules === 'every rule' ? builder.withTags(AXE_TAGS) : builder.withRules(COLOUR_RULES))
    // Details only for violations: axe then skips recording every passing node.
    .options({ resultTypes: ['violations'] })
    // Runs axe in the page itself instead of gathering results in a second, blank page: three times faster.
    // What it gives up, testing cross-origin iframes, the site does not have.
    .setLegacyMode(true)
    .analyze();
  const report = results.violations.map(describeViolation).join('\n\n');
  expect(report, `axe found ${results.violations.length} violated rule(s) on ${page.url()}`).toBe('');
}

/** One kind of view for the matrix: an address and the h1 that says it has rendered. */
export type AxeView = {
  name: string;
  path: string;
  h1: string | RegExp;
  /** An unknown address: its 404 responses are expected (see fixtures.ts). */
  notFound?: boolean;
};

export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];

export const SIZES = [
  { name: 'phone', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false },
] as const;

/** The page background (--color-paper) in each scheme: proof that the emulated scheme really applies. */
const PAPER: Record<Scheme, string> = { light: 'rgb(250, 248, 243)', dark: 'rgb(20, 19, 18)' };

/**
 * Opens `view` and waits for the live app: the hydrated page where the HTML was prerendered for this very
 * view; otherwise (a host's 404.html for an unknown address, an address with a query such as `?q=`) the app
 * renders afresh (see src/app/main.tsx), and this waits until React owns #root's content.
 */
export async function gotoLiveView(page: Page, view: AxeView): Promise<void> {
  if (view.notFound !== true && !view.path.includes('?')) {
    await gotoHydrated(page, view.path);
  } else {
    await page.goto(view.path);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const node = document.getElementById('root')?.firstElementChild;
          return node != null && Object.keys(node).some((key) => key.startsWith('__reactFiber$'));
        }),
      )
      .toBe(true);
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(view.h1);
}

/** Every rule in the light scheme; in the dark scheme, which changes only colours, the colour rules. */
const RULES_IN: Record<Scheme, 'every rule' | 'colour rules'> = { light: 'every rule', dark: 'colour rules' };

/**
 * Switches the open page to `scheme`, waits until the page and the app both follow it (the background, and the
 * Dark mode button, which the app presses for a dark system scheme), and runs axe over it.
 */
async function expectAccessibleIn(page: Page, scheme: Scheme): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor))
    .toBe(PAPER[scheme]);
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute(
    'aria-pressed',
    scheme === 'dark' ? 'true' : 'false',
  );
  await expectNoAxeViolations(page, RULES_IN[scheme]);
}

/** Checks the open page in each scheme in turn, each a step of its own, switched in place as a reader's system does. */
export async function expectAccessibleInEachScheme(page: Page): Promise<void> {
  for (const scheme of SCHEMES) {
    await test.step(scheme, async () => {
      await expectAccessibleIn(page, scheme);
    });
  }
}

/** Opens `view` live, then checks it in each scheme in turn. */
export async function expectViewAccessible(page: Page, view: AxeView): Promise<void> {
  await page.emulateMedia({ colorScheme: SCHEMES[0] });
  await gotoLiveView(page, view);
  await expectAccessibleInEachScheme(page);
}

/**
 * One test per view × size, each named for its combination, checking both schemes as steps: the page is
 * loaded and hydrated once and then switched, as a reader's system switches it, which halves the page loads
 * of a test per scheme.
 */
export function describeAxeMatrix(views: readonly AxeView[]): void {
  for (const view of views) {
    test.describe(`axe: ${view.name} (${view.path})`, () => {
      if (view.notFound === true) test.use({ expectNotFound: true });
      for (const size of SIZES) {
        test.describe(size.name, () => {
          test.use({ viewport: size.viewport, isMobile: size.isMobile, hasTouch: size.hasTouch });
          test(SCHEMES.join(' and '), async ({ page }) => {
            // Two axe runs over a whole page take seconds on a busy two-core machine.
            test.setTimeout(90_000);
            await expectViewAccessible(page, view);
          });
        });
      }
    });
  }
}

/**
 * Every kind of view on the bundled content (one article, so no second page of home).
 * The matrix, the landmark and heading checks and the reflow checks all use it.
 */
export const BUNDLED_VIEWS: readonly AxeView[] = [
  { name: 'home', path: '/', h1: 'Latest' },
  { name: 'article', path: ARTICLE.path, h1: ARTICLE.headline },
  { name: 'tag index', path: '/tags', h1: 'Tags' },
  { name: 'tag', path: '/tags/russia', h1: 'Russia' },
  { name: 'author index', path: '/authors', h1: 'Authors' },
  { name: 'author', path: AUTHOR.path, h1: AUTHOR.name },
  { name: 'not found', path: '/no-such-page', h1: 'Not found', notFound: true },
  { name: 'search with results', path: '/search?q=Pyongyang', h1: 'Search' },
  { name: 'search without results', path: '/search?q=zzqxj', h1: 'Search' },
];
