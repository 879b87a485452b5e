/**
 * Site search (Pagefind, built by scripts/build-search-index.ts after astro build): queries for a
 * company, a product and a region return results that link to the exact story step, claim row or
 * source, and those anchors exist. The header box works by keyboard; the count is announced.
 */
import { test, expect } from './guards.ts';
import type { Page } from '@playwright/test';

async function search(page: Page, query: string): Promise<string[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status').filter({ hasText: /match(es)? on \d+ pages?/ })).toBeVisible();
  return page.locator('.search-target a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

async function expectAnchorExists(page: Page, href: string): Promise<void> {
  const [path, anchor] = href.split('#');
  const response = await page.request.get(path!);
  expect(response.status(), `${path} answers`).toBe(200);
  if (anchor) expect(await response.text(), `${href}: the anchor exists`).toContain(`id="${anchor}"`);
}

test('"Alabuga" finds the labour chapter step, the claims on /data/ and the sources', async ({ page }) => {
  const hrefs = await search(page, 'Alabuga');
  const storyLinks = hrefs.filter((href) => /^\/#labour(-\d+)?$/.test(href));
  expect(storyLinks.length, `story links among ${hrefs.join(' ')}`).toBeGreaterThan(0);
  expect(hrefs).toContain('/data/#claim-t33');
  expect(hrefs).toContain('/data/#claim-t48');
  expect(hrefs.some((href) => /^\/sources\/#S\d+$/.test(href))).toBe(true);
  await expect(page.getByRole('link', { name: /^Labour, step \d+$/ }).first()).toBeVisible();
  for (const href of [...storyLinks, '/data/#claim-t33']) await expectAnchorExists(page, href);
});

test('"apples" finds the goods chapter steps', async ({ page }) => {
  const hrefs = await search(page, 'apples');
  const goodsSteps = hrefs.filter((href) => /^\/#goods-\d+$/.test(href));
  expect(goodsSteps.length, `goods steps among ${hrefs.join(' ')}`).toBeGreaterThan(0);
  expect(hrefs.some((href) => href.startsWith('/data/#claim-'))).toBe(true);
  for (const href of goodsSteps) await expectAnchorExists(page, href);
});

test('"Tatarstan" finds the story steps that name it and the places table', async ({ page }) => {
  const hrefs = await search(page, 'Tatarstan');
  const storySteps = hrefs.filter((href) => /^\/#(goods|labour)-\d+$/.test(href));
  expect(storySteps.length, `story steps among ${hrefs.join(' ')}`).toBeGreaterThan(0);
  for (const href of storySteps) await expectAnchorExists(page, href);
});

test('the header search box works by keyboard, announces the count and results are reachable with Tab', async ({
  page,
}) => {
  await page.goto('/figures/');
  const box = page.getByRole('searchbox', { name: 'Search this site' });
  await box.focus();
  await page.keyboard.type('Rospatent');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Rospatent$/);
  const status = page.locator('[data-search-status]');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toHaveText(/^\d+ match(es)? on \d+ pages? for “Rospatent”\.$/);
  // From the search field, Tab reaches the search button and then the first result link.
  await page.getByRole('searchbox', { name: /Search the story/ }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const focusedHref = await page.evaluate(() =>
    (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'),
  );
  expect(focusedHref).toBeTruthy();
});

test('a query with no match says so', async ({ page }) => {
  await page.goto('/search/?q=zzzyqx');
  await expect(page.locator('[data-search-status]')).toHaveText('No results for “zzzyqx”.');
  await expect(page.locator('.search-target')).toHaveCount(0);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page explains that search needs JavaScript and links to the data filters', async ({ page }) => {
    await page.goto('/search/?q=Alabuga');
    await expect(page.getByText('Search runs in your browser and needs JavaScript.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'the data page' })).toHaveAttribute('href', '/data/#claims');
  });
});
