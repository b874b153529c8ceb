/**
 * The page's structure for assistive technology, on every kind of view:
 * landmarks once each, headings in order. Then motion (none when the reader
 * asks for reduced motion) and reflow (readable at 200% zoom and at 320 CSS
 * px without scrolling sideways, one page load per view, resized).
 */
import { ARTICLE, AUTHOR } from './content.ts';
import { BUNDLED_VIEWS, gotoLiveView } from './accessibility.ts';
import { expect, test, type Page } from './fixtures.ts';
import { gotoHydrated } from './prerendered.ts';

/** The headings a screen reader lists (visually hidden ones included), as levels in document order. */
function headingLevels(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]')]
      .filter(
        (element) =>
          element.closest('[aria-hidden="true"]') === null && element.checkVisibility({ visibilityProperty: true }),
      )
      .map((element) => Number(element.getAttribute('aria-level') ?? element.localName.slice(1))),
  );
}

/** Zooming to 200% halves the CSS pixels across: a 1280 px window then lays out 640 CSS px. */
const REFLOW_SIZES = [
  { name: '200% zoom of a 1280×800 window', viewport: { width: 640, height: 400 } },
  { name: '320 CSS px (WCAG reflow)', viewport: { width: 320, height: 256 } },
] as const;

/** The page's landmarks: banner, main and contentinfo once each, the two navigations in place, every navigation named. */
async function expectLandmarks(page: Page): Promise<void> {
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Sections' })).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Footer' })).toHaveCount(1);
  await expect(page.getByRole('banner').getByRole('navigation', { name: 'Sections' })).toHaveCount(1);
  await expect(page.getByRole('contentinfo').getByRole('navigation', { name: 'Footer' })).toHaveCount(1);
  const navigations = page.getByRole('navigation');
  const names: string[] = [];
  for (const navigation of await navigations.all()) {
    const name = await navigation.evaluate((element) => {
      const labelledBy = element.getAttribute('aria-labelledby');
      const label = labelledBy === null ? null : document.getElementById(labelledBy)?.textContent;
      return (label ?? element.getAttribute('aria-label') ?? '').trim();
    });
    expect(name, 'every navigation landmark has a name').not.toBe('');
    names.push(name);
  }
  expect(new Set(names).size, `navigation names are distinct: ${names.join(', ')}`).toBe(names.length);
}

/** One h1, first, and no heading level skipped going down. */
async function expectHeadingOutline(page: Page): Promise<void> {
  const levels = await headingLevels(page);
  expect(
    levels.filter((level) => level === 1),
    `one h1 in ${levels.join(' ')}`,
  ).toHaveLength(1);
  expect(levels[0], 'the h1 is the first heading').toBe(1);
  for (let index = 1; index < levels.length; index += 1) {
    const [before, after] = [levels[index - 1] ?? 1, levels[index] ?? 1];
    expect(after, `heading levels ${levels.join(' ')}: no level skipped going down`).toBeLessThanOrEqual(before + 1);
  }
}

/** At the window's present size: nothing wider than the window, the headline whole and inside it. */
async function expectReflow(page: Page, width: number): Promise<void> {
  const layout = await page.evaluate(() => {
    const h1 = document.querySelector('h1');
    const rect = h1?.getBoundingClientRect();
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      h1:
        h1 == null || rect === undefined
          ? null
          : {
              scrollWidth: h1.scrollWidth,
              clientWidth: h1.clientWidth,
              scrollHeight: h1.scrollHeight,
              clientHeight: h1.clientHeight,
              left: rect.left,
              right: rect.right,
            },
    };
  });
  expect(layout.innerWidth, 'the window has the size under test').toBe(width);
  expect(layout.scrollWidth, 'the page is no wider than the window').toBeLessThanOrEqual(layout.innerWidth);
  expect(layout.h1).not.toBeNull();
  if (layout.h1 === null) return;
  expect(layout.h1.scrollWidth, 'the headline does not overflow its box').toBeLessThanOrEqual(layout.h1.clientWidth);
  expect(layout.h1.scrollHeight, 'the headline is not cut off below').toBeLessThanOrEqual(layout.h1.clientHeight);
  expect(layout.h1.left).toBeGreaterThanOrEqual(0);
  expect(layout.h1.right).toBeLessThanOrEqual(layout.innerWidth);
}

for (const view of BUNDLED_VIEWS) {
  test.describe(`${view.name} (${view.path})`, () => {
    if (view.notFound === true) test.use({ expectNotFound: true });

    // One page load per view: its structure, then resized as a reader zooms; each check a step of its own.
    test('landmarks once each, every navigation named, one h1, no heading level skipped; no sideways scrolling, the headline whole, at 200% zoom and at 320 CSS px', async ({
      page,
    }) => {
      await gotoLiveView(page, view);
      await test.step('has each landmark once and every navigation named', async () => {
        await expectLandmarks(page);
      });
      await test.step('has one h1 with no heading level skipped', async () => {
        await expectHeadingOutline(page);
      });
      for (const size of REFLOW_SIZES) {
        await test.step(`reads without scrolling sideways, the headline whole, at ${size.name}`, async () => {
          await page.setViewportSize(size.viewport);
          await expectReflow(page, size.viewport.width);
        });
      }
    });
  });
}

/** Every animation and transition now running in the document, with its duration. */
function runningAnimations(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    document
      .getAnimations()
      .filter((animation) => {
        const duration = animation.effect?.getComputedTiming().duration;
        return typeof duration === 'number' && duration > 0.01;
      })
      .map((animation) => `${animation.constructor.name} ${String(animation.effect?.getComputedTiming().duration)}ms`),
  );
}

/** The computed motion of the element matched by `selector`. */
function motion(page: Page, selector: string) {
  return page.locator(selector).evaluate((element) => {
    const style = getComputedStyle(element);
    const seconds = (value: string) =>
      Math.max(...value.split(',').map((part) => parseFloat(part) * (part.trim().endsWith('ms') ? 0.001 : 1)));
    return {
      animationName: style.animationName,
      animationSeconds: seconds(style.animationDuration),
      transitionProperty: style.transitionProperty,
      transitionSeconds: seconds(style.transitionDuration),
    };
  });
}

/**
 * The longest "duration" that is no motion: styles.css cuts every animation and transition to 0.01 ms under
 * prefers-reduced-motion (rather than to 0, so that their end events still fire).
 */
const NO_TIME_SECONDS = 0.01 / 1000;

/** No motion: no animation and no transition, or ones that last no time at all. */
function expectStill(what: string, style: Awaited<ReturnType<typeof motion>>): void {
  expect(style.animationName === 'none' || style.animationSeconds <= NO_TIME_SECONDS, `${what}: no animation`).toBe(
    true,
  );
  expect(
    style.transitionProperty === 'none' || style.transitionSeconds <= NO_TIME_SECONDS,
    `${what}: no transition`,
  ).toBe(true);
}

/** Holds every page-data request until `release` is called, so that a client-side navigation stays slow. */
async function holdPageData(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  // The app's requests for an address's data (its page, or a data file) are its fetches.
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'fetch') return route.fallback();
    await released;
    return route.fallback();
  });
  return release;
}

const NAVIGATION_BAR = '[role="progressbar"][aria-label="Loading page"] > div';
const READING_BAR = '[data-testid="reading-progress"]';

test.describe('with prefers-reduced-motion: reduce', () => {
  test('the reading progress bar and the navigation progress bar do not move, and scrolling is not smooth', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await gotoHydrated(page, ARTICLE.path);

    expectStill('the reading progress bar', await motion(page, READING_BAR));
    for (const selector of [':root', 'body']) {
      expect(await page.locator(selector).evaluate((element) => getComputedStyle(element).scrollBehavior)).toBe('auto');
    }
    await page.mouse.wheel(0, 600);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await runningAnimations(page), 'nothing animates while scrolling').toEqual([]);

    const release = await holdPageData(page);
    await page.getByRole('main').getByRole('link', { name: AUTHOR.name }).first().click();
    await expect(page.getByRole('progressbar', { name: 'Loading page' })).toBeVisible();
    expectStill('the navigation progress bar', await motion(page, NAVIGATION_BAR));
    expect(await runningAnimations(page), 'nothing animates while loading').toEqual([]);
    release();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(AUTHOR.name);
  });
});

test.describe('without a motion preference', () => {
  // The check above means something only if the bars do move otherwise.
  test('the bars animate', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await gotoHydrated(page, ARTICLE.path);
    expect((await motion(page, READING_BAR)).transitionSeconds).toBeGreaterThan(0.05);

    const release = await holdPageData(page);
    await page.getByRole('main').getByRole('link', { name: AUTHOR.name }).first().click();
    await expect(page.getByRole('progressbar', { name: 'Loading page' })).toBeVisible();
    const bar = await motion(page, NAVIGATION_BAR);
    expect(bar.animationName).not.toBe('none');
    expect(bar.animationSeconds).toBeGreaterThan(0.5);
    release();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(AUTHOR.name);
  });
});
