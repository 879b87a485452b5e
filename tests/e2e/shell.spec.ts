import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './guards.ts';

test.describe('site shell', () => {
  test('home page shows the site title and a working navigation', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle(/Tumen/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Tumen');
    const nav = page.getByRole('navigation', { name: 'Site' });
    await expect(nav.getByRole('link', { name: 'Story' })).toHaveAttribute('aria-current', 'page');
  });

  test('no request leaves 127.0.0.1 while the home page loads and scrolls', async ({ page, foreignRequests }) => {
    await page.goto('/');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(foreignRequests.urls).toEqual([]);
  });

  test('home page has no axe-core violations', async ({ page }) => {
    test.slow(); // axe over the whole story takes ~20 s on two busy cores
    await page.goto('/');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s)`)).toEqual([]);
  });

  test('unknown addresses get the 404 page', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page is readable', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Tumen');
    await expect(page.locator('main')).toBeVisible();
    const mainText = await page.locator('main').innerText();
    expect(mainText.length).toBeGreaterThan(200);
  });
});
