import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './guards.ts';

const CHART_IDS = ['timeline', 'trade-offices', 'labour-claims', 'entries', 'goods-brands', 'trade-fairs', 'turnover'];

test.describe('figures gallery', () => {
  test('lists every chart with its title, a stable anchor and its downloads', async ({ page }) => {
    await page.goto('/figures/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Figures');
    for (const id of CHART_IDS) {
      const section = page.locator(`section#${id}`);
      await expect(section.getByRole('figure')).toBeVisible();
      for (const ext of ['svg', 'csv', 'json'])
        await expect(section.locator(`a[href="/figures/${id}.${ext}"]`)).toHaveCount(1);
    }
  });

  test('downloads are served: standalone SVG with its own style, CSV with a header, JSON with the dataset version', async ({
    request,
  }) => {
    for (const id of CHART_IDS) {
      const svg = await (await request.get(`/figures/${id}.svg`)).text();
      expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(svg).toContain('<style>');
      const csv = await (await request.get(`/figures/${id}.csv`)).text();
      expect(csv.split('\r\n')[0]).toMatch(/,/);
      const json = (await (await request.get(`/figures/${id}.json`)).json()) as { dataset: { version: string } };
      expect(json.dataset.version).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });

  test('a mark opens its tooltip on keyboard focus, and Escape closes it', async ({ page }) => {
    await page.goto('/figures/#labour-claims');
    const figure = page.locator('section#labour-claims figure');
    const firstMark = figure.locator('.tf__layout:visible .tf-mark').first();
    await firstMark.focus();
    const tip = figure.getByRole('tooltip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('Sources:');
    await expect(firstMark).toHaveAttribute('aria-describedby', (await tip.getAttribute('id')) ?? '');
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
  });

  test('Tab moves from mark to mark', async ({ page }) => {
    await page.goto('/figures/');
    const marks = page.locator('section#timeline .tf__layout:visible .tf-mark');
    await marks.first().focus();
    await page.keyboard.press('Tab');
    await expect(marks.nth(1)).toBeFocused();
    await expect(page.locator('section#timeline').getByRole('tooltip')).toBeVisible();
  });

  test('the data table toggle shows and hides the table', async ({ page }) => {
    await page.goto('/figures/');
    const figure = page.locator('section#entries figure');
    const table = figure.getByRole('table');
    await expect(table).toBeHidden();
    await figure.getByText('Show the data as a table').click();
    await expect(table).toBeVisible();
    await expect(table.getByRole('row').first()).toContainText('Period');
    await figure.getByText('Show the data as a table').click();
    await expect(table).toBeHidden();
  });

  test('the gallery has no axe-core violations', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/figures/');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s)`)).toEqual([]);
  });

  test('the charts have no axe-core violations in the dark theme with a tooltip open', async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/figures/');
    await page.locator('section#trade-fairs .tf__layout:visible .tf-mark').first().focus();
    // The charts only: the map section has its own tests.
    const results = await new AxeBuilder({ page }).exclude('#map').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s)`)).toEqual([]);
  });
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 720 } });

  test('no chart overflows the page horizontally, and the narrow layout is the one shown', async ({ page }) => {
    await page.goto('/figures/');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    for (const id of CHART_IDS) {
      const section = page.locator(`section#${id}`);
      await expect(section.locator('svg.tf-svg--narrow')).toBeVisible();
      await expect(section.locator('svg.tf-svg--wide')).toBeHidden();
      const box = await section.locator('svg.tf-svg--narrow').boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    }
  });

  test('chart text stays at least 11 px tall', async ({ page }) => {
    await page.goto('/figures/');
    const smallest = await page.evaluate(() => {
      let min = Infinity;
      for (const t of document.querySelectorAll<SVGTextElement>('svg.tf-svg--narrow text')) {
        const height =
          parseFloat(getComputedStyle(t).fontSize) *
          (t.ownerSVGElement!.getBoundingClientRect().width / t.ownerSVGElement!.viewBox.baseVal.width);
        if (t.getClientRects().length > 0) min = Math.min(min, height);
      }
      return min;
    });
    expect(smallest).toBeGreaterThanOrEqual(10.9);
  });
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('every chart is on the page as SVG with marks, and the table toggle works', async ({ page }) => {
    await page.goto('/figures/');
    for (const id of CHART_IDS) {
      const svg = page.locator(`section#${id} .tf__layout:visible svg`);
      await expect(svg).toHaveCount(1);
      await expect(svg).toHaveAttribute('aria-labelledby', /.+/);
      expect(await svg.locator('.tf-mark').count(), `${id} marks`).toBeGreaterThan(0);
    }
    const figure = page.locator('section#turnover figure');
    await figure.getByText('Show the data as a table').click();
    await expect(figure.getByRole('table')).toBeVisible();
  });
});
