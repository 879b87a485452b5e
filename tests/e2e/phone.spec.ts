/**
 * Phone-first reading (issue 15), measured in the browser. At 375×667 and 375×812:
 * - at the position where each step is active (opened by its link, and reached by scrolling), at
 *   least 60% of the figure (the chart's SVG or the map's canvas, as far as its frame shows it) is
 *   uncovered by step text and the step bar, and all of the step's subject (focus places, highlighted
 *   marks) is on screen and uncovered;
 * - over a full scroll of the story in 300 px steps, at least 80% of positions show half the figure.
 * "Uncovered" is what the reader sees: points sampled over the figure where the topmost element is
 * part of the graphic, not the story's text column or the step bar.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './guards.ts';

/**
 * `subjectHidden`: subject under the text or the step bar, or (charts) outside the chart's window.
 * `subjectOutsideFrame`: focus places the map's camera leaves outside the map (framing them is the
 * map camera's job, tested in map.spec.ts; counted here so the numbers are reported).
 */
type Coverage = {
  stepId: string;
  figure: string;
  uncovered: number;
  subjectTotal: number;
  subjectHidden: string[];
  subjectOutsideFrame: string[];
};

/** Runs in the page: how much of the active figure, and which of its subject, the reader can see. */
function measureInPage(): Coverage {
  const graphic = document.querySelector<HTMLElement>('[data-story-graphic]')!;
  const stepId = graphic.dataset.activeStep ?? '';
  const state = JSON.parse(graphic.dataset.activeState || '{}') as {
    figure: string;
    highlight?: string[];
    map?: { focus?: string[] };
  };
  const panel = graphic.querySelector<HTMLElement>(`[data-panel="${state.figure}"]`)!;
  const shown = (element: Element) => element.getClientRects().length > 0;
  const figureElement =
    state.figure === 'map'
      ? ([...panel.querySelectorAll('[data-map-live] canvas, [data-map-static] img, [data-map-static] svg')].find(
          shown,
        ) ?? null)
      : ([...panel.querySelectorAll('svg.tf-svg')].find(shown) ?? null);
  if (!figureElement)
    return {
      stepId,
      figure: state.figure,
      uncovered: 0,
      subjectTotal: 0,
      subjectHidden: ['figure'],
      subjectOutsideFrame: [],
    };

  // The figure as framed: its box cut by every ancestor that clips (overflow other than visible).
  let box = figureElement.getBoundingClientRect();
  let left = box.left;
  let top = box.top;
  let right = box.right;
  let bottom = box.bottom;
  for (let el = figureElement.parentElement; el; el = el.parentElement) {
    const style = getComputedStyle(el);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const clip = el.getBoundingClientRect();
    left = Math.max(left, clip.left);
    top = Math.max(top, clip.top);
    right = Math.min(right, clip.right);
    bottom = Math.min(bottom, clip.bottom);
  }
  box = new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));

  const covering = '.story__text, [data-story-controls]';
  const visibleAt = (x: number, y: number) => {
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
    const hit = document.elementFromPoint(x, y);
    return Boolean(hit && panel.contains(hit) && !hit.closest(covering));
  };
  const columns = 12;
  const rows = 16;
  let visible = 0;
  for (let i = 0; i < columns; i++)
    for (let j = 0; j < rows; j++)
      if (visibleAt(box.left + ((i + 0.5) * box.width) / columns, box.top + ((j + 0.5) * box.height) / rows)) visible++;
  const uncovered = box.width * box.height > 0 ? visible / (columns * rows) : 0;

  const subject: { name: string; element: Element }[] = [];
  if (state.figure === 'map') {
    for (const place of state.map?.focus ?? []) {
      const pin = panel.querySelector(`.map-pin[data-place="${place}"]`);
      subject.push({ name: place, element: pin ?? panel });
    }
  } else {
    const wanted = new Set(state.highlight ?? []);
    for (const mark of figureElement.querySelectorAll<SVGGElement>('.tf-mark')) {
      const claims = (mark.dataset.claims ?? '').split(' ');
      if (claims.some((claim) => wanted.has(claim))) subject.push({ name: claims.join('+'), element: mark });
    }
  }
  const subjectHidden: string[] = [];
  const subjectOutsideFrame: string[] = [];
  for (const { name, element } of subject) {
    const isMap = state.figure === 'map';
    if (!shown(element) || element === panel) {
      (isMap ? subjectOutsideFrame : subjectHidden).push(name);
      continue;
    }
    const r = element.getBoundingClientRect();
    const insideWidth = Math.max(0, Math.min(r.right, box.right) - Math.max(r.left, box.left));
    const insideHeight = Math.max(0, Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top));
    // Charts are windowed vertically; a mark whose hit area runs past the drawing's side still counts.
    if (insideHeight < 0.9 * r.height || insideWidth <= 0) {
      (isMap ? subjectOutsideFrame : subjectHidden).push(name);
      continue;
    }
    const x = (Math.max(r.left, box.left) + Math.min(r.right, box.right)) / 2;
    const y = (Math.max(r.top, box.top) + Math.min(r.bottom, box.bottom)) / 2;
    if (!visibleAt(x, y)) subjectHidden.push(name);
  }
  return { stepId, figure: state.figure, uncovered, subjectTotal: subject.length, subjectHidden, subjectOutsideFrame };
}

/** Lets the scroller react and the map's camera settle after a scroll or a jump. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const started = performance.now();
        const check = () => {
          const map = (
            document.querySelector('[data-story-graphic] [data-map-figure]') as
              (HTMLElement & { tumenMap?: { isMoving(): boolean; loaded(): boolean } }) | null
          )?.tumenMap;
          // A chart's window slides with a CSS transition: wait for it like for the map's camera.
          const busy =
            (map ? map.isMoving() : false) || document.getAnimations().some((a) => a.playState === 'running');
          if (!busy || performance.now() - started > 3000) setTimeout(resolve, 60);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(() => requestAnimationFrame(check));
      }),
  );
}

async function stepIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-step]', (elements) => elements.map((element) => element.id));
}

const VIEWPORTS = [
  { width: 375, height: 667 },
  { width: 375, height: 812 },
];

function report(label: string, results: Coverage[]): string {
  const values = results.map((r) => r.uncovered).sort((a, b) => a - b);
  const median = values[Math.floor(values.length / 2)] ?? 0;
  const hiddenSubjects = results.reduce((n, r) => n + r.subjectHidden.length, 0);
  const subjects = results.reduce((n, r) => n + r.subjectTotal, 0);
  const outside = results.reduce((n, r) => n + r.subjectOutsideFrame.length, 0);
  return `${label}: ${results.length} steps, figure uncovered min ${Math.round((values[0] ?? 0) * 100)}% median ${Math.round(median * 100)}%; subject hidden ${hiddenSubjects} of ${subjects}; focus places outside the map's frame ${outside}`;
}

function failures(results: Coverage[]): string[] {
  return results
    .filter((r) => r.uncovered < 0.6 || r.subjectHidden.length > 0)
    .map(
      (r) =>
        `${r.stepId} (${r.figure}): ${Math.round(r.uncovered * 100)}% uncovered; hidden: ${r.subjectHidden.join(', ') || 'none'}`,
    );
}

for (const viewport of VIEWPORTS) {
  test.describe(`a phone at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport, hasTouch: true, isMobile: true });

    test('each step opened by its link leaves its figure and subject in view', async ({ page }) => {
      test.setTimeout(240_000);
      await page.goto('/');
      const ids = await stepIds(page);
      const results: Coverage[] = [];
      for (const id of ids) {
        await page.evaluate((target) => (location.hash = target), id);
        await expect(page.locator('[data-story-graphic]')).toHaveAttribute('data-active-step', id);
        await settle(page);
        // The step's own text starts on screen, below anything fixed over it.
        const top = await page.locator(`#${id}`).evaluate((element) => {
          const body = element.querySelector('.step__body')!.getBoundingClientRect();
          const hit = document.elementFromPoint(body.left + 24, body.top + 12);
          return { top: body.top, readable: Boolean(hit && element.contains(hit)) };
        });
        expect(top.readable, `${id}: its first line is on screen and not under the graphic`).toBe(true);
        results.push(await page.evaluate(measureInPage));
      }
      console.log(report(`link ${viewport.width}×${viewport.height}`, results));
      expect(failures(results)).toEqual([]);
    });

    test('scrolling through the story keeps the figure and subject in view', async ({ page }) => {
      test.setTimeout(300_000);
      await page.goto('/');
      const [storyTop, storyBottom] = await page.evaluate(() => {
        const text = document.querySelector('.story__text')!.getBoundingClientRect();
        return [text.top + scrollY, text.bottom + scrollY - innerHeight];
      });
      const seen = new Set<string>();
      const results: Coverage[] = [];
      let positions = 0;
      let halfShown = 0;
      for (let y = storyTop, n = 0; y <= storyBottom; y += 100, n++) {
        await page.evaluate((to) => window.scrollTo(0, to), y);
        await settle(page);
        const active = await page.locator('[data-story-graphic]').getAttribute('data-active-step');
        const needsMeasure = active && !seen.has(active);
        if (n % 3 === 0 || needsMeasure) {
          const measured = await page.evaluate(measureInPage);
          if (n % 3 === 0) {
            positions++;
            if (measured.uncovered >= 0.5) halfShown++;
          }
          if (needsMeasure && active) {
            seen.add(active);
            results.push(measured);
          }
        }
      }
      const share = halfShown / positions;
      console.log(
        `${report(`scroll ${viewport.width}×${viewport.height}`, results)}; half the figure shown at ${halfShown} of ${positions} positions (${Math.round(share * 100)}%)`,
      );
      expect(seen.size, 'every step becomes active on the way down').toBe((await stepIds(page)).length);
      expect(failures(results)).toEqual([]);
      expect(share).toBeGreaterThanOrEqual(0.8);
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

  test('a wheel over the graphic scrolls the story, and nothing inside the graphic scrolls', async ({ page }) => {
    await page.goto('/#labour-6');
    await expect(page.locator('[data-story-graphic]')).toHaveAttribute('data-active-step', 'labour-6');
    const box = (await page.locator('[data-story-graphic] [data-panel]:not([hidden])').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const before = await page.evaluate(() => scrollY);
    for (let i = 0; i < 20; i++) await page.mouse.wheel(0, 100);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 1500);
    const scrollers = await page.evaluate(() =>
      [...document.querySelectorAll('[data-story-graphic] *')]
        .filter((element) => {
          const { overflowY } = getComputedStyle(element);
          return (overflowY === 'auto' || overflowY === 'scroll') && element.scrollHeight > element.clientHeight + 1;
        })
        .map((element) => element.className),
    );
    expect(scrollers, 'scroll containers inside the graphic').toEqual([]);
  });

  // Ids published before steps were split for phones; educators have linked them (content/teach/).
  const PUBLISHED_STEP_IDS = [
    ...['border-1', 'border-2', 'border-3', 'border-4', 'border-5', 'border-6'],
    ...['offices-1', 'offices-2', 'offices-3', 'offices-4', 'offices-5'],
    ...['labour-1', 'labour-2', 'labour-3', 'labour-4', 'labour-5', 'labour-6', 'labour-7'],
    ...['goods-1', 'goods-2', 'goods-3', 'goods-4', 'goods-5', 'goods-6'],
    ...['fairs-1', 'fairs-2', 'fairs-3', 'fairs-4', 'fairs-5'],
    ...['logistics-1', 'logistics-2', 'logistics-3', 'logistics-4', 'logistics-5', 'logistics-6'],
    ...['strategy-1', 'strategy-2', 'strategy-3', 'strategy-4', 'strategy-5', 'strategy-6'],
  ];

  test('every published step id still opens its step (the first of its parts) and its snapshot', async ({ page }) => {
    await page.goto('/');
    const ids = await stepIds(page);
    for (const id of PUBLISHED_STEP_IDS) expect(ids, `step ${id} on the page`).toContain(id);
    // Parts follow their step: labour-5 is followed by labour-5b, never the other way round.
    for (const id of ids.filter((stepId) => /[b-z]$/.test(stepId)))
      expect(ids.indexOf(id.slice(0, -1).replace(/[a-z]$/, '') || id)).toBeLessThan(ids.indexOf(id));
    await page.goto('/#labour-5');
    await expect(page.locator('[data-story-graphic]')).toHaveAttribute('data-active-step', 'labour-5');
    await expect(page.locator('#labour-5 .step__body')).toBeInViewport();
    for (const id of PUBLISHED_STEP_IDS) {
      const response = await page.request.get(`/snapshots/${id}.svg`);
      expect(response.status(), `/snapshots/${id}.svg`).toBe(200);
    }
  });
});

for (const width of [320, 375]) {
  test.describe(`tables at ${width} px`, () => {
    test.use({ viewport: { width, height: 740 }, isMobile: true, hasTouch: true });

    for (const path of ['/teach/', '/data/']) {
      test(`${path} reads without sideways scrolling, no table cut`, async ({ page }) => {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, 'page wider than the screen').toBeLessThanOrEqual(0);
        const cut = await page.$$eval('main table', (tables) =>
          tables
            .filter((table) => table.getClientRects().length > 0)
            .filter((table) => table.scrollWidth > (table.parentElement?.clientWidth ?? 0) + 1)
            .map(
              (table) =>
                `${table.id || table.className}: ${table.scrollWidth} px in ${table.parentElement?.clientWidth} px`,
            ),
        );
        expect(cut).toEqual([]);
      });
    }
  });
}

test.describe('tables on a desktop', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test('/data/ shows every column of the claims table, Status included', async ({ page }) => {
    await page.goto('/data/');
    const table = page.locator('table.claims-table');
    const [tableWidth, boxWidth] = await table.evaluate((element) => [
      element.scrollWidth,
      element.parentElement!.clientWidth,
    ]);
    expect(tableWidth).toBeLessThanOrEqual(boxWidth + 1);
    const status = (await table.locator('thead th', { hasText: 'Status' }).boundingBox())!;
    expect(status.x + status.width, 'Status column inside the screen').toBeLessThanOrEqual(1366);
  });
});
