/**
 * Every chart's text, measured where readers see it (/figures/ and each chart's embed) at four
 * widths: no label cut short with "…", no two labels overlapping by more than 2 px, no text
 * outside its SVG. The charts place their labels at build with the chart font's metrics; this is
 * the check that what was placed is what the browser draws.
 */
import type { Page } from '@playwright/test';
import { CHART_IDS, FIGURE_TITLES, type ChartId } from '../../src/lib/vocabulary.ts';
import { expect, test } from './guards.ts';

const WIDTHS = [320, 375, 768, 1366];
/** Overlaps up to this many px are glyph boxes touching (ascenders, descenders), not collisions. */
const OVERLAP_PX = 2;
const EDGE_PX = 1;

type Problem = { kind: 'truncated' | 'overlap' | 'outside'; text: string };

/** Reads every drawn text box of one figure's visible chart and lists what breaks the label rules. */
async function labelProblems(page: Page, id: ChartId): Promise<Problem[]> {
  const figure = page.getByRole('figure', { name: FIGURE_TITLES[id] });
  await figure.scrollIntoViewIfNeeded();
  return figure.evaluate(
    (el, { overlapPx, edgePx }) => {
      const problems: { kind: 'truncated' | 'overlap' | 'outside'; text: string }[] = [];
      const svgs = [...el.querySelectorAll<SVGSVGElement>('svg')].filter(
        (svg) => svg.getBoundingClientRect().width > 0,
      );
      for (const svg of svgs) {
        const frame = svg.getBoundingClientRect();
        const boxes = [...svg.querySelectorAll<SVGTextElement>('text')]
          .map((node) => ({ text: node.textContent ?? '', box: node.getBoundingClientRect() }))
          .filter(({ text, box }) => text.trim() !== '' && box.width > 0);
        for (const { text, box } of boxes) {
          if (/…\s*$/.test(text)) problems.push({ kind: 'truncated', text });
          if (
            box.left < frame.left - edgePx ||
            box.right > frame.right + edgePx ||
            box.top < frame.top - edgePx ||
            box.bottom > frame.bottom + edgePx
          )
            problems.push({ kind: 'outside', text });
        }
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!.box;
            const b = boxes[j]!.box;
            const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (w > overlapPx && h > overlapPx)
              problems.push({ kind: 'overlap', text: `${boxes[i]!.text} × ${boxes[j]!.text}` });
          }
      }
      return problems;
    },
    { overlapPx: OVERLAP_PX, edgePx: EDGE_PX },
  );
}

for (const width of WIDTHS) {
  test(`every chart in /figures/ at ${width} px: no truncated, overlapping or cut-off text`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/figures/');
    await page.evaluate(() => document.fonts.ready);
    const found: string[] = [];
    for (const id of CHART_IDS)
      for (const problem of await labelProblems(page, id)) found.push(`${id}: ${problem.kind}: ${problem.text}`);
    expect(found).toEqual([]);
  });

  test(`every chart embed at ${width} px: no truncated, overlapping or cut-off text`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const found: string[] = [];
    for (const id of CHART_IDS) {
      await page.goto(`/embed/${id}/`);
      await page.evaluate(() => document.fonts.ready);
      // A chart folded to fit a host's height cap is measured as a reader sees it after unfolding.
      const unfold = page.getByRole('button', { name: /show the whole chart/i });
      if (await unfold.isVisible()) await unfold.click();
      for (const problem of await labelProblems(page, id)) found.push(`${id}: ${problem.kind}: ${problem.text}`);
    }
    expect(found).toEqual([]);
  });
}
