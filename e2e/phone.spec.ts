import { ARTICLE } from './content.ts';
import { expect, test, type Page } from './fixtures.ts';

const PHONE = { width: 360, height: 740 };

test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'the page is no wider than the screen').toBeLessThanOrEqual(clientWidth);
}

test('the article reads on a phone without sideways scrolling', async ({ page }) => {
  await page.goto(ARTICLE.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE.headline);
  await expectNoHorizontalScroll(page);

  const sections = page.getByRole('navigation', { name: 'Sections' });
  for (const name of ['Latest', 'Tags', 'Authors']) {
    await expect(sections.getByRole('link', { name })).toBeInViewport({ ratio: 1 });
  }
  await expect(page.getByRole('link', { name: 'Become a member' })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('button', { name: 'Dark mode' })).toBeInViewport({ ratio: 1 });

  // The chips wrap onto more than one row, and none runs off the screen.
  const chips = page.getByRole('region', { name: 'Topics' }).getByRole('link');
  await expect(chips).toHaveCount(ARTICLE.tags.length);
  const boxes = [];
  for (const chip of await chips.all()) {
    await chip.scrollIntoViewIfNeeded();
    const box = await chip.boundingBox();
    expect(box).not.toBeNull();
    if (box !== null) boxes.push(box);
  }
  const rows = new Set(boxes.map((box) => Math.round(box.y)));
  expect(rows.size, 'the chips take more than one row').toBeGreaterThan(1);
  for (const box of boxes) {
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  }
  await expectNoHorizontalScroll(page);
});

test('no view scrolls sideways on a phone', async ({ page }) => {
  for (const path of ['/', '/tags', '/tags/russia', '/authors', '/authors/olena-goncharova']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoHorizontalScroll(page);
  }
});
