import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './guards.ts';
import { csvParseRows } from 'd3-dsv';

type DatasetDocument = {
  meta: { version: string; asOf: string };
  claims: { id: string; category: string; attribution: string }[];
  sources: { id: string }[];
  places: { id: string }[];
};

test.describe('downloads', () => {
  test('CSV rows, JSON claims and table rows agree', async ({ page, request }) => {
    const csvResponse = await request.get('/data/tumen-claims.csv');
    expect(csvResponse.ok()).toBe(true);
    expect(csvResponse.headers()['content-type'] ?? 'text/csv').toContain('csv');
    const [header, ...csvRows] = csvParseRows(await csvResponse.text());
    expect(header).toContain('attribution');

    const document = (await (await request.get('/data/tumen.json')).json()) as DatasetDocument;
    expect(document.claims.length).toBeGreaterThan(0);
    expect(csvRows).toHaveLength(document.claims.length);
    const idColumn = header!.indexOf('id');
    expect(new Set(csvRows.map((row) => row[idColumn]))).toEqual(new Set(document.claims.map((claim) => claim.id)));

    await page.goto('/data/');
    await expect(page.locator('#claims-table tbody tr')).toHaveCount(document.claims.length);
    await expect(page.getByText(`Version ${document.meta.version}`, { exact: true })).toBeVisible();
  });

  test('the JSON Schema describes the JSON document', async ({ request }) => {
    const schema = (await (await request.get('/data/tumen.schema.json')).json()) as {
      $schema: string;
      required: string[];
      properties: Record<string, { type: string; items?: { required: string[]; properties: Record<string, unknown> } }>;
    };
    const document = (await (await request.get('/data/tumen.json')).json()) as Record<string, unknown[]>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['meta', 'sources', 'places', 'claims']);
    // A small structural check: every record has the fields the schema requires and no others.
    const mismatches: string[] = [];
    for (const key of ['sources', 'places', 'claims'] as const) {
      const itemSchema = schema.properties[key]!.items!;
      const allowed = new Set(Object.keys(itemSchema.properties));
      for (const record of document[key] as Record<string, unknown>[]) {
        for (const field of itemSchema.required)
          if (!(field in record)) mismatches.push(`${key} ${String(record['id'])}: missing ${field}`);
        for (const field of Object.keys(record))
          if (!allowed.has(field)) mismatches.push(`${key} ${String(record['id'])}: unexpected ${field}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

test.describe('/data/ with JavaScript', () => {
  test('filters the claims table by category and attribution, and resets', async ({ page }) => {
    await page.goto('/data/');
    const rows = page.locator('#claims-table tbody tr');
    const total = await rows.count();
    const filters = page.getByRole('form', { name: 'Filter the claims' });
    await expect(filters).toBeVisible();

    const category = filters.getByLabel('Category');
    const firstCategory = await category.locator('option').nth(1).getAttribute('value');
    await category.selectOption(firstCategory!);
    const shown = page.locator('#claims-table tbody tr:not([hidden])');
    const shownCount = await shown.count();
    expect(shownCount).toBeGreaterThan(0);
    expect(shownCount).toBeLessThan(total);
    for (const value of await shown.evaluateAll((elements) =>
      elements.map((el) => (el as HTMLElement).dataset['category']),
    ))
      expect(value).toBe(firstCategory);
    await expect(filters.getByRole('status')).toHaveText(`Showing ${shownCount} of ${total} claims`);
    expect(page.url()).toContain(`category=${firstCategory}`);

    await filters.getByLabel('Attribution').selectOption('CBP');
    for (const value of await shown.evaluateAll((elements) =>
      elements.map((el) => (el as HTMLElement).dataset['attribution']),
    ))
      expect(value).toBe('CBP');

    await filters.getByRole('button', { name: 'Show all' }).click();
    await expect(filters.getByRole('status')).toHaveText(`Showing all ${total} claims`);
    await expect(shown).toHaveCount(total);
  });

  test('a filtered link opens with the filter applied', async ({ page }) => {
    await page.goto('/data/?attribution=CBP');
    const shown = page.locator('#claims-table tbody tr:not([hidden])');
    await expect(page.getByRole('form', { name: 'Filter the claims' }).getByLabel('Attribution')).toHaveValue('CBP');
    for (const value of await shown.evaluateAll((elements) =>
      elements.map((el) => (el as HTMLElement).dataset['attribution']),
    ))
      expect(value).toBe('CBP');
  });

  test('a link to a row the filter would hide still shows that row', async ({ page, request }) => {
    const document = (await (await request.get('/data/tumen.json')).json()) as DatasetDocument;
    const claim = document.claims[0]!;
    const otherCategory = document.claims.find((other) => other.category !== claim.category)!.category;
    await page.goto(`/data/?category=${otherCategory}#claim-${claim.id}`);
    await expect(page.locator(`#claim-${claim.id}`)).toBeVisible();
    await expect(page.getByRole('form', { name: 'Filter the claims' }).getByLabel('Category')).toHaveValue('');
  });

  // Rows and entries share one template, so axe checks the first 20 of each: walking all ~200
  // (with colour contrast) takes minutes in software-rendered Chromium and proves nothing more.
  const AXE_PAGES = [
    { path: '/data/', exclude: ['#claims-table tbody tr:nth-child(n+21)', '#places-table tbody tr:nth-child(n+21)'] },
    { path: '/sources/', exclude: ['.bibliography > li:nth-child(n+21)'] },
    { path: '/methodology/', exclude: [] },
  ];
  for (const { path, exclude } of AXE_PAGES)
    test(`${path} has no axe-core violations`, async ({ page }) => {
      test.slow();
      await page.goto(path);
      let axe = new AxeBuilder({ page });
      for (const selector of exclude) axe = axe.exclude(selector);
      const results = await axe.analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s)`)).toEqual([]);
    });
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('/data/ shows the whole claims table, text class labels and no dead filter controls', async ({
    page,
    request,
  }) => {
    const document = (await (await request.get('/data/tumen.json')).json()) as DatasetDocument;
    await page.goto('/data/');
    await expect(page.getByRole('heading', { level: 1, name: 'The data' })).toBeVisible();
    await expect(page.locator('#claims-table tbody tr:visible')).toHaveCount(document.claims.length);
    await expect(page.getByRole('form', { name: 'Filter the claims' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'tumen-claims.csv' })).toHaveAttribute(
      'href',
      '/data/tumen-claims.csv',
    );
    await expect(page.getByText('CC BY 4.0').first()).toBeVisible();

    const firstClaim = document.claims[0]!;
    const row = page.locator(`#claim-${firstClaim.id}`);
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(firstClaim.attribution);
    await expect(page.locator('#places-table tbody tr')).toHaveCount(document.places.length);
  });

  test('a story link to a claim row lands on that row', async ({ page, request }) => {
    const document = (await (await request.get('/data/tumen.json')).json()) as DatasetDocument;
    const claim = document.claims.at(-1)!;
    await page.goto(`/data/#claim-${claim.id}`);
    await expect(page.locator(`#claim-${claim.id}`)).toBeInViewport();
  });

  test('/sources/ lists every source with its id as anchor and the claims citing it', async ({ page, request }) => {
    const document = (await (await request.get('/data/tumen.json')).json()) as DatasetDocument & {
      claims: { id: string; sources: string[] }[];
    };
    await page.goto('/sources/');
    await expect(page.locator('.bibliography > li')).toHaveCount(document.sources.length);
    const cited = document.claims[0]!;
    const entry = page.locator(`[id="${cited.sources[0]}"]`);
    await expect(entry.getByRole('link', { name: cited.id, exact: true })).toHaveAttribute(
      'href',
      `/data/#claim-${cited.id}`,
    );
    const external = entry.locator('a[rel~="noopener"]').first();
    expect(await external.textContent()).toBe(await external.getAttribute('href'));
  });

  test('/methodology/ explains the five classes and the corrections policy', async ({ page }) => {
    await page.goto('/methodology/');
    const classes = page.getByRole('table', { name: /attribution classes/i });
    for (const label of [
      'official',
      'named report',
      'anonymous-source report',
      'claim by an interested party',
      'analysis or estimate',
    ])
      await expect(classes).toContainText(label);
    await expect(page.getByRole('heading', { name: 'Corrections' })).toBeVisible();
    await expect(
      page.getByText('Crimea and Sevastopol are drawn as Ukrainian territory occupied by Russia'),
    ).toBeVisible();
  });
});
