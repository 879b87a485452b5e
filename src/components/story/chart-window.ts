/**
 * A chart taller than the room the sticky graphic has for it (the narrow layouts run 600–960 units
 * tall) is shown through a window: moved up so the step's highlighted marks sit in view, and
 * shrunk a little if they would not fit otherwise. The window never scrolls by hand: a finger or
 * wheel over it scrolls the story.
 */

export type Span = { top: number; bottom: number };
export type ChartWindow = { offset: number; scale: number };

/** Smallest shrink allowed: every step's highlighted marks must fit the window (the wrapped labour rows need 0.45); labels are then small, and the step text carries the numbers. */
export const MIN_SCALE = 0.45;

/**
 * Where to place a chart of `contentHeight` px in a window of `windowHeight` px so the union of
 * `spans` (px from the chart's top) is in view with `margin` px around it.
 */
export function chartWindow(
  spans: readonly Span[],
  contentHeight: number,
  windowHeight: number,
  margin = 12,
): ChartWindow {
  if (contentHeight <= windowHeight || windowHeight <= 0) return { offset: 0, scale: 1 };
  if (spans.length === 0) return { offset: 0, scale: 1 };
  const top = Math.max(0, Math.min(...spans.map((span) => span.top)) - margin);
  const bottom = Math.min(contentHeight, Math.max(...spans.map((span) => span.bottom)) + margin);
  const scale = Math.max(MIN_SCALE, Math.min(1, windowHeight / (bottom - top)));
  const scaledHeight = contentHeight * scale;
  if (scaledHeight <= windowHeight) return { offset: 0, scale };
  // Centre the subject, then keep the window inside the chart.
  const centre = ((top + bottom) / 2) * scale;
  const offset = Math.min(scaledHeight - windowHeight, Math.max(0, centre - windowHeight / 2));
  return { offset: Math.round(offset), scale };
}

/** The marks a step highlights, as spans in px from the top of their SVG (at scale 1). */
function highlightedSpans(svg: SVGSVGElement, highlight: ReadonlySet<string>): Span[] {
  // The SVG may be mid-transition: read its current scale, and measure marks from its current top
  // (it is scaled about its top edge, so distances from that edge divide by the scale).
  const matrix = new DOMMatrixReadOnly(
    getComputedStyle(svg).transform === 'none' ? undefined : getComputedStyle(svg).transform,
  );
  const scale = matrix.d || 1;
  const svgTop = svg.getBoundingClientRect().top;
  const spans: Span[] = [];
  for (const mark of svg.querySelectorAll<SVGGraphicsElement>('.tf-mark')) {
    const claims = (mark.dataset.claims ?? '').split(' ');
    if (!claims.some((claim) => highlight.has(claim))) continue;
    const box = mark.getBoundingClientRect();
    spans.push({ top: (box.top - svgTop) / scale, bottom: (box.bottom - svgTop) / scale });
  }
  return spans;
}

/** Moves every displayed chart SVG in `panel` so the highlighted marks show through its window. */
export function placeChartWindow(panel: HTMLElement, highlight: readonly string[]): void {
  const frame = panel.querySelector<HTMLElement>('.tf__chart');
  if (!frame) return;
  const wanted = new Set(highlight);
  for (const svg of frame.querySelectorAll<SVGSVGElement>('svg.tf-svg')) {
    if (svg.getClientRects().length === 0) continue;
    const contentHeight = svg.clientHeight;
    const { offset, scale } = chartWindow(highlightedSpans(svg, wanted), contentHeight, frame.clientHeight);
    svg.style.transform = offset === 0 && scale === 1 ? '' : `translateY(${-offset}px) scale(${scale})`;
    // Scaling about the top edge keeps the offset in scaled pixels, as chartWindow computed it.
    svg.style.transformOrigin = '50% 0';
  }
}
