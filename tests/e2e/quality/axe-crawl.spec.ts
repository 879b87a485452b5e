/**
 * Accessibility gate: axe-core (WCAG 2.0/2.1/2.2 A and AA + best practices) on every page the build
 * produced, in the light and the dark colour scheme; then a keyboard walk through the story.
 * Pages are listed from dist/ at run time, so new pages are covered without editing this file.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DIST_DIR, listDistPages } from '../../../scripts/dist-pages.ts';
import { expect, test } from '../guards.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function axeViolations(page: Page, urlPath: string): Promise<string[]> {
  await page.goto(urlPath);
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${urlPath}: ${violation.id} (${violation.impact ?? 'n/a'}) ${violation.help} — ` +
      violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(' | ') +
      (violation.nodes.length > 3 ? ` … and ${violation.nodes.length - 3} more` : ''),
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every page in dist/ has zero axe violations (${colorScheme} scheme)`, async ({ page }) => {
    const pages = listDistPages(DIST_DIR);
    expect(
      pages.map((p) => p.urlPath),
      'the build has a story page',
    ).toContain('/');
    test.setTimeout(20_000 + pages.length * 15_000);
    await page.emulateMedia({ colorScheme });
    const violations: string[] = [];
    for (const { urlPath } of pages) {
      await test.step(urlPath, async () => {
        violations.push(...(await axeViolations(page, urlPath)));
      });
    }
    expect(violations, `axe violations in the ${colorScheme} scheme`).toEqual([]);
  });
}

type FocusSample = { description: string; indicator: string; inGraphic: boolean; key: string };

/** What has focus now, and how (if at all) it shows it. */
async function sampleFocus(page: Page): Promise<FocusSample | null> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return null;
    const style = getComputedStyle(active);
    const hasOutline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const hasShadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const indicator = hasOutline
      ? `outline ${style.outlineWidth} ${style.outlineStyle}`
      : hasShadow
        ? `box-shadow`
        : '';
    const label = active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 40) ?? '';
    const keyed = active as Element & { __focusKey?: string };
    keyed.__focusKey ??= Math.random().toString(36).slice(2);
    return {
      description: `<${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}> "${label}"`,
      indicator,
      inGraphic: Boolean(active.closest('[data-story-graphic]')),
      key: keyed.__focusKey,
    };
  });
}

test.describe('keyboard walk through the story', () => {
  test('the first 80 Tab stops all show a visible focus indicator and focus keeps moving', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    const invisible: string[] = [];
    const stuck: string[] = [];
    let previousKey = '';
    let enteredGraphic = false;
    let leftGraphic = false;
    let stops = 0;
    for (let tab = 0; tab < 80; tab += 1) {
      await page.keyboard.press('Tab');
      const focus = await sampleFocus(page);
      if (!focus) break; // Focus left the document: the walk reached the end of the page.
      stops += 1;
      if (focus.indicator === '') invisible.push(`Tab ${tab + 1}: ${focus.description}`);
      if (focus.key === previousKey) stuck.push(`Tab ${tab + 1}: still on ${focus.description}`);
      if (focus.inGraphic) enteredGraphic = true;
      else if (enteredGraphic) leftGraphic = true;
      previousKey = focus.key;
    }
    expect(stops, 'Tab reaches focusable elements').toBeGreaterThan(5);
    expect(invisible, 'focused elements without a visible focus indicator').toEqual([]);
    expect(stuck, 'Tab did not move focus').toEqual([]);
    if (enteredGraphic && stops === 80)
      expect(leftGraphic, 'focus entered the sticky graphic and never left it').toBe(true);
  });

  test('Tab leads out of the sticky graphic', async ({ page }) => {
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    const focusableInGraphic = await page.evaluate(() => {
      const graphic = document.querySelector('[data-story-graphic]');
      if (!graphic) return -1;
      const candidates = graphic.querySelectorAll<HTMLElement>(
        'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
      );
      const visible = [...candidates].filter((el) => el.checkVisibility() && !el.closest('[hidden], [inert]'));
      visible[0]?.focus();
      return visible.length;
    });
    expect(focusableInGraphic, 'the story has a sticky graphic [data-story-graphic]').toBeGreaterThanOrEqual(0);
    test.skip(focusableInGraphic === 0, 'nothing focusable in the graphic yet');
    let outside = false;
    for (let tab = 0; tab < focusableInGraphic + 10 && !outside; tab += 1) {
      await page.keyboard.press('Tab');
      outside = await page.evaluate(() => !document.activeElement?.closest('[data-story-graphic]'));
    }
    expect(outside, 'Tab from inside the graphic reaches an element outside it').toBe(true);
  });
});
