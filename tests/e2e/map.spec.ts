/**
 * The map in real Chromium: lazy loading, rendering, following the story, fallbacks, no foreign requests.
 * Runs on /figures/ (the gallery's map, which loads when the reader asks) and / (the story's sticky
 * map, which loads as it approaches).
 */
import { chromium, type Page } from '@playwright/test';
import { BASE_FLAGS, CHROME_PATH, NO_WEBGL_FLAGS } from '../../scripts/chromium.ts';
import { expect, test, watchForeignRequests } from './guards.ts';

const GALLERY = '/figures/';
const isMapChunk = (url: string) => /\/_astro\/(map-live|maplibre-gl)[^/]*\.m?js$/.test(url);

/** A blank or single-colour canvas compresses to a few KB of PNG; a drawn map to tens of KB. */
async function canvasPngBytes(page: Page): Promise<number> {
  const png = await page.locator('[data-map-figure] canvas.maplibregl-canvas').first().screenshot();
  return png.length;
}

test.describe('the map', () => {
  test('in the gallery, loads MapLibre only when the reader asks, then renders it', async ({ page }) => {
    const mapRequests: string[] = [];
    page.on('request', (request) => {
      if (isMapChunk(request.url())) mapRequests.push(request.url());
    });
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto(GALLERY);
    const figure = page.locator('[data-map-figure]').first();
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('.map-static svg')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(mapRequests, 'map chunk requested before the reader asked').toEqual([]);
    await figure.getByRole('button', { name: 'Explore the interactive map' }).click();
    await expect(figure).toHaveAttribute('data-map-state', 'live', { timeout: 20_000 });
    expect(mapRequests.length).toBeGreaterThan(0);
    await expect(figure.locator('canvas.maplibregl-canvas')).toBeVisible();
    expect(await canvasPngBytes(page)).toBeGreaterThan(15_000);
    // Markers carry their attribution code as text.
    await expect(figure.locator('.map-pin[data-place="khasan"]')).toHaveText(/X (OFF|RN|RA|CBP|AN)/);
  });

  test('keeps MapLibre out of the story page until the reader scrolls near the map', async ({ page }) => {
    const mapRequests: string[] = [];
    page.on('request', (request) => {
      if (isMapChunk(request.url())) mapRequests.push(request.url());
    });
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    const figure = page.locator('[data-story-graphic] [data-map-figure]');
    const nearAtLoad = await figure.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top < window.innerHeight * 2 && box.width > 0;
    });
    if (!nearAtLoad) expect(mapRequests, 'map chunk requested before scrolling').toEqual([]);
    await page.locator('#border-1').scrollIntoViewIfNeeded();
    await expect(figure).toHaveAttribute('data-map-state', 'live', { timeout: 20_000 });
    expect(mapRequests.length).toBeGreaterThan(0);
  });

  test('moves to a step’s view and announces it', async ({ page }) => {
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto('/');
    const story = page.locator('[data-story-graphic] [data-map-figure]');
    await page.locator('#border-1').scrollIntoViewIfNeeded();
    await expect(story).toHaveAttribute('data-map-state', 'live', { timeout: 20_000 });
    await page.evaluate(() =>
      document.dispatchEvent(
        new CustomEvent('tumen:step', {
          detail: {
            stepId: 'test-1',
            instant: true,
            state: {
              figure: 'map',
              highlight: [],
              map: {
                center: [130.66, 42.42],
                zoom: 8,
                bearing: 0,
                highlight: ['RU-PRI'],
                focus: ['khasan'],
                layers: ['crossings'],
              },
            },
          },
        }),
      ),
    );
    await expect(story.locator('[data-map-announcer]')).toHaveText(
      /^Map: Primorsky Krai and the Tumen border crossings, marking Khasan\.$/,
    );
    const center = await story.evaluate((element) => {
      const map = (element as HTMLElement & { tumenMap?: { getCenter(): { lng: number; lat: number } } }).tumenMap!;
      return map.getCenter();
    });
    expect(center.lng).toBeCloseTo(130.66, 1);
    expect(center.lat).toBeCloseTo(42.42, 1);
    await expect(story.locator('.map-pin[data-place="khasan"]')).toHaveClass(/is-focus/);
    await expect(story.locator('.map-pin[data-place="alabuga-sez"]')).toBeHidden();
  });

  test('shows hover details with attribution and sources', async ({ page }) => {
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto(GALLERY);
    const figure = page.locator('[data-map-figure]').first();
    await figure.scrollIntoViewIfNeeded();
    await figure.getByRole('button', { name: 'Explore the interactive map' }).click();
    await expect(figure).toHaveAttribute('data-map-state', 'live', { timeout: 20_000 });
    const chip = figure.locator('.map-region-chip[data-iso="RU-PRI"]');
    await chip.focus();
    const tooltip = figure.locator('[data-map-tooltip]');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText('Primorsky Krai');
    await expect(tooltip.locator('.badge').first()).toHaveText(/^(OFF|RN|RA|CBP|AN)$/);
    await expect(tooltip).toContainText(/S\d{2,3}/);
  });

  test('keeps the static map, legend and list when JavaScript is off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const foreign = await watchForeignRequests(page);
    await page.goto(GALLERY);
    const figure = page.locator('[data-map-figure]').first();
    await expect(figure.locator('.map-static svg')).toBeVisible();
    await expect(figure.locator('.map-static svg path.map-region[data-iso="RU-PRI"]')).toHaveCount(1);
    expect(await figure.locator('.map-static svg path.map-region').count()).toBeGreaterThan(75);
    await expect(figure.locator('.map-legend')).toContainText('Claims per region');
    await figure.locator('.map-list summary').click();
    await expect(figure.locator('.map-list table')).toContainText('Primorsky Krai');
    expect(foreign.urls).toEqual([]);
    await context.close();
  });
});

test('falls back to the static map without WebGL', async ({ baseURL }) => {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: [...BASE_FLAGS, ...NO_WEBGL_FLAGS] });
  try {
    const page = await browser.newPage({ ...(baseURL ? { baseURL } : {}) });
    const foreign = await watchForeignRequests(page);
    const mapRequests: string[] = [];
    page.on('request', (request) => {
      if (isMapChunk(request.url())) mapRequests.push(request.url());
    });
    // Gallery: asking for the live map says why it cannot come, and the static map stays.
    await page.goto(GALLERY);
    const figure = page.locator('[data-map-figure]').first();
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('.map-static svg')).toBeVisible();
    await figure.getByRole('button', { name: 'Explore the interactive map' }).click();
    await expect(figure).toHaveAttribute('data-map-state', 'no-webgl');
    await expect(figure.locator('[data-map-note]')).toContainText('no WebGL');
    await expect(figure.locator('.map-static svg')).toBeVisible();
    // Story: the map never goes live, and its stand-in follows the steps with their snapshots.
    await page.goto('/#border-1');
    const story = page.locator('[data-story-graphic] [data-map-figure]');
    await expect(story).toHaveAttribute('data-map-state', /no-webgl|failed/);
    await expect(story.locator('img[data-map-snapshot]')).toHaveAttribute('src', '/snapshots/border-1.svg');
    await expect(story.locator('img[data-map-snapshot]')).toBeVisible();
    expect(mapRequests).toEqual([]);
    expect(foreign.urls).toEqual([]);
  } finally {
    await browser.close();
  }
});
