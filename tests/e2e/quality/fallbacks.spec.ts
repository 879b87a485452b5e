/**
 * Fallback gate: the story still tells everything without JavaScript (all prose, a static SVG
 * graphic for every step, the map among them) and without WebGL (the static SVG map stays).
 */
import type { Page } from '@playwright/test';
import { BASE_FLAGS, CHROME_PATH, NO_WEBGL_FLAGS } from '../../../scripts/chromium.ts';
import { expect, test } from '../guards.ts';

// Launch options cannot change per describe group (they force a new worker), so this whole file
// runs in a Chromium without WebGL; the JavaScript-off test does not depend on it.
test.use({ launchOptions: { executablePath: CHROME_PATH, args: [...BASE_FLAGS, ...NO_WEBGL_FLAGS] } });

type StepReport = { id: string; figure: string; textLength: number; textVisible: boolean; graphic: string };

/** For every story step: its figure, whether its prose shows, and which static graphic shows. */
async function stepReports(page: Page): Promise<StepReport[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-step]')].map((step) => {
      const body = step.querySelector<HTMLElement>('.step__body') ?? step;
      const images = [...step.querySelectorAll<HTMLImageElement>('img')].filter(
        (img) =>
          img.checkVisibility() &&
          img.complete &&
          img.naturalWidth > 0 &&
          /\.svg(\?|$)/.test(img.currentSrc || img.src),
      );
      const inlineSvgs = [...step.querySelectorAll<SVGSVGElement>('svg')].filter(
        (svg) => svg.checkVisibility() && svg.getBoundingClientRect().width > 100,
      );
      const state = JSON.parse(step.dataset['state'] ?? '{}') as { figure?: string };
      return {
        id: step.dataset['step'] ?? step.id,
        figure: state.figure ?? '?',
        textLength: body.innerText.trim().length,
        textVisible: body.checkVisibility(),
        graphic: images[0]?.getAttribute('src') ?? (inlineSvgs.length > 0 ? 'inline svg' : ''),
      };
    }),
  );
}

/** Prose paragraphs of the story that a reader cannot see (hidden ones on purpose excluded). */
async function invisibleParagraphs(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main p, main li, main h1, main h2, main h3')]
      .filter(
        (el) =>
          !el.closest('[hidden], [aria-hidden="true"], .visually-hidden, [data-story-graphic], noscript, template'),
      )
      // Content folded inside a closed <details> (citations, data tables) is hidden on purpose and opens with a click.
      .filter((el) => !(el.closest('details:not([open])') && !el.closest('summary')))
      .filter((el) => el.textContent?.trim() && !el.checkVisibility())
      .map((el) => `${el.tagName.toLowerCase()}: ${el.textContent?.trim().slice(0, 60)}`),
  );
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the story shows all its text and a static SVG graphic for every step, the map included', async ({ page }) => {
    await page.goto('/');
    // Snapshot images load lazily: bring each into view, as a reader scrolling would.
    for (const image of await page.locator('[data-step] img').all()) await image.scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    const steps = await stepReports(page);
    expect(steps.length, 'the story has steps').toBeGreaterThan(0);
    expect(await invisibleParagraphs(page), 'story text hidden without JavaScript').toEqual([]);
    expect(
      steps.filter((step) => !step.textVisible || step.textLength === 0).map((step) => step.id),
      'steps without visible prose',
    ).toEqual([]);
    expect(
      steps.filter((step) => step.graphic === '').map((step) => `${step.id} (${step.figure})`),
      'steps without a static graphic',
    ).toEqual([]);
    const figures = new Set(steps.map((step) => step.figure));
    expect(figures.has('map'), 'some step shows the static map').toBe(true);
    expect(
      [...figures].some((figure) => figure !== 'map'),
      'some step shows a static chart',
    ).toBe(true);
  });
});

test.describe('without WebGL', () => {
  test('the story keeps the static map when the live map cannot start', async ({ page }) => {
    await page.goto('/');
    const webgl = await page.evaluate(() =>
      Boolean(
        document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl'),
      ),
    );
    expect(webgl, 'this browser really has no WebGL').toBe(false);
    const mapFigure = page.locator('[data-story-graphic] [data-figure-id="map"]');
    await expect(mapFigure, 'the story graphic holds the map figure').toHaveCount(1, { timeout: 2000 });
    await mapFigure.scrollIntoViewIfNeeded();
    // Give the lazy loader time to try (and fail) to start MapLibre.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
    // The story's stand-in is an image of the static map (the step's snapshot once a step is active).
    const staticMap = mapFigure.locator('[data-map-static] img');
    await expect(staticMap).toBeVisible();
    const box = await staticMap.boundingBox();
    expect(box?.width ?? 0, 'the static map has a readable size').toBeGreaterThan(200);
    await expect(mapFigure).not.toHaveAttribute('data-map-state', 'live');
  });
});
