/**
 * A labelled row plot: one row per reported figure, grouped, each row a point or a low–high range
 * on a shared x scale. Used where claims disagree and must stay side by side, never averaged
 * (labour claims, trade-fair exhibitors, turnover statements, goods and brands by date).
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import { format as d3Format } from 'd3-format';
import type { Attribution, Status } from '../../lib/schema.ts';
import type { DrawContext, Drawn } from './types.ts';
import { classSymbol, legend } from './symbols.ts';
import { el, line, mark, text, translate } from './svg.ts';
import { lineHeight, measure, wrap } from './text.ts';

export type RowMark = {
  claimId: string;
  attribution: Attribution;
  status: Status;
  /** Colour class; defaults to the attribution class colour. */
  colourClass?: string;
  /** A point, a range, or neither: a claim that gives no number is drawn as text only. */
  value?: number;
  /** …or a range (both set). */
  low?: number;
  high?: number;
  /** Printed beside the mark: "about 12,000", "7–12". */
  valueText: string;
  /** The mark's accessible name, a whole sentence. */
  ariaLabel: string;
};

export type Row = {
  key: string;
  group: string;
  /** First line: who or what (claimant, product). */
  label: string;
  /** Second line: date, what was counted, place. */
  sublabel: string;
  marks: RowMark[];
};

export type RowGroup = { key: string; label: string };

export type RowPlotModel = {
  groups: RowGroup[];
  rows: Row[];
  xKind: 'count' | 'usd' | 'time';
  xDomain: [number, number];
  xLabel: string;
};

/** Narrow is drawn at 300 units so 13px text stays above 11px on a 320px phone (about 264px of chart). */
const WIDTH = { wide: 720, narrow: 300 } as const;

function tickFormatter(kind: RowPlotModel['xKind']): (value: number) => string {
  if (kind === 'time') {
    const year = utcFormat('%Y');
    return (value) => year(new Date(value));
  }
  if (kind === 'usd') return (value) => `$${d3Format('~s')(value).replace('M', 'm').replace('k', 'k')}`;
  return (value) => d3Format(',')(value);
}

export function drawRowPlot(model: RowPlotModel, ctx: DrawContext): Drawn {
  const layout = ctx.layout;
  const width = WIDTH[layout];
  const wide = layout === 'wide';
  // Wide: labels in a left column beside the track. Narrow: labels above the track, full width.
  const labelWidth = wide ? 290 : width;
  const trackLeft = wide ? labelWidth + 22 : 22;
  const trackRight = width - (wide ? 40 : 24);
  const lineGap = { label: lineHeight('tf-label', layout), sub: lineHeight('tf-sub', layout) };

  const x =
    model.xKind === 'time'
      ? scaleUtc()
          .domain(model.xDomain.map((v) => new Date(v)))
          .range([trackLeft, trackRight])
      : scaleLinear().domain(model.xDomain).range([trackLeft, trackRight]).nice();
  const xAt = (value: number) => x(model.xKind === 'time' ? (new Date(value) as never) : (value as never));
  const ticks = (
    model.xKind === 'time'
      ? (x as ReturnType<typeof scaleUtc>).ticks(wide ? 6 : 3)
      : (x as ReturnType<typeof scaleLinear>).ticks(wide ? 6 : 4)
  ).map(Number);
  const formatTick = tickFormatter(model.xKind);

  const parts: string[] = [];
  const legendBlock = legend(width, layout, {
    classes: [...new Set(model.rows.flatMap((r) => r.marks.map((m) => m.attribution)))],
    statuses: [...new Set(model.rows.flatMap((r) => r.marks.map((m) => m.status)))],
    // When marks are coloured by category, the legend's shapes must not suggest a class colour.
    neutral: model.rows.some((r) => r.marks.some((m) => m.colourClass !== undefined)),
  });
  parts.push(legendBlock.body);
  let y = legendBlock.height + 14;
  const plotTop = y;

  for (const group of model.groups) {
    const rows = model.rows.filter((r) => r.group === group.key);
    if (rows.length === 0) continue;
    const groupLines = wrap(group.label, 'tf-group', layout, width);
    groupLines.forEach((lineText, i) => parts.push(text(0, y + 18 + i * 19, lineText, 'tf-group')));
    y += (groupLines.length - 1) * 19;
    parts.push(line(0, y + 24, width, y + 24, 'tf-grid'));
    y += 30;
    for (const row of rows) {
      const labelLines = wrap(row.label, 'tf-label', layout, labelWidth);
      const subLines = wrap(row.sublabel, 'tf-sub', layout, labelWidth);
      const blockHeight = labelLines.length * lineGap.label + subLines.length * lineGap.sub;
      // Wide: the track runs through the middle of the label block. Narrow: under it.
      const rowHeight = wide ? Math.max(42, blockHeight + 10) : blockHeight + 38;
      const trackY = wide ? y + rowHeight / 2 : y + blockHeight + 14;
      let lineY = wide ? y + (rowHeight - blockHeight) / 2 + 12 : y + 12;
      for (const lineText of labelLines) {
        parts.push(text(0, lineY, lineText, 'tf-label'));
        lineY += lineGap.label;
      }
      for (const lineText of subLines) {
        parts.push(text(0, lineY, lineText, 'tf-sub'));
        lineY += lineGap.sub;
      }
      parts.push(line(trackLeft, trackY, trackRight, trackY, 'tf-lane'));
      let below = 0;
      for (const m of row.marks) {
        const drawn = drawRowMark(m, trackY, xAt, ctx, { left: wide ? trackLeft - 12 : 0, right: width });
        parts.push(drawn.markup);
        below = Math.max(below, drawn.below);
      }
      y += rowHeight + below;
    }
    y += 6;
  }

  // The axis goes at the bottom, with light gridlines up through the rows.
  const axisY = y + 4;
  for (const tick of ticks) {
    const tx = xAt(tick);
    parts.unshift(line(tx, plotTop, tx, axisY, 'tf-grid'));
    parts.push(text(tx, axisY + 16, formatTick(tick), 'tf-axis', { 'text-anchor': 'middle' }));
  }
  parts.push(line(trackLeft, axisY, trackRight, axisY, 'tf-axis-line'));
  const axisTitle = wrap(model.xLabel, 'tf-axis', layout, width);
  axisTitle.forEach((lineText, i) =>
    parts.push(
      text(width, axisY + 34 + i * lineHeight('tf-axis', layout), lineText, 'tf-axis', { 'text-anchor': 'end' }),
    ),
  );
  return { width, height: axisY + 42 + (axisTitle.length - 1) * lineHeight('tf-axis', layout), body: parts.join('') };
}

/** One mark and its value label; `below` is how far the label reaches under the row (0 when beside). */
function drawRowMark(
  m: RowMark,
  trackY: number,
  xAt: (v: number) => number,
  ctx: DrawContext,
  room: { left: number; right: number },
): { markup: string; below: number } {
  const width = room.right;
  const colour = m.colourClass ?? `att-${m.attribution.toLowerCase()}`;
  const label = `${m.valueText} · ${m.attribution}`;
  const labelWidth = measure(label, 'tf-value', ctx.layout);
  const inner: string[] = [];
  let left: number;
  let right: number;
  if (m.value === undefined && m.low === undefined) {
    // A claim about the same count that gives no number ("several dozen"): text, not a position.
    const x0 = xAt(0) + 4;
    return {
      markup: mark(
        ctx,
        { claims: [m.claimId], label: m.ariaLabel },
        el('rect', { class: 'tf-hit', x: x0 - 4, y: trackY - 12, width: labelWidth + 24, height: 24 }) +
          el('g', { transform: translate(x0 + 6, trackY) }, classSymbol(m.attribution, m.status, 10, colour)) +
          text(x0 + 16, trackY + 4, label, 'tf-value'),
      ),
      below: 0,
    };
  }
  if (m.low !== undefined && m.high !== undefined) {
    left = xAt(m.low);
    right = xAt(m.high);
    inner.push(
      el(
        'g',
        { class: colour },
        el('path', {
          d: `M${left},${trackY - 6}V${trackY + 6}M${left},${trackY}H${right}M${right},${trackY - 6}V${trackY + 6}`,
          class: 'tf-whisker',
        }) +
          // A symbol at each end, none in the middle: a midpoint would read as an average.
          el('g', { transform: translate(left, trackY) }, classSymbol(m.attribution, m.status, 10, colour)) +
          el('g', { transform: translate(right, trackY) }, classSymbol(m.attribution, m.status, 10, colour)),
      ),
    );
  } else {
    left = right = xAt(m.value ?? 0);
    inner.push(el('g', { transform: translate(left, trackY) }, classSymbol(m.attribution, m.status, 13, colour)));
  }
  // A hit area makes thin ranges and small symbols easy to hover and tap.
  inner.unshift(el('rect', { class: 'tf-hit', x: left - 10, y: trackY - 12, width: right - left + 20, height: 24 }));
  const fitsRight = right + 14 + labelWidth <= width;
  // Never into the label column on the left.
  const fitsLeft = left - 14 - labelWidth >= room.left;
  let below = 0;
  // Beside the mark when there is room; otherwise under it (narrow screens, wide ranges), wrapped to the width.
  if (fitsRight) inner.push(text(right + 14, trackY + 4, label, 'tf-value'));
  else if (fitsLeft) inner.push(text(left - 14, trackY + 4, label, 'tf-value', { 'text-anchor': 'end' }));
  else {
    const lines = wrap(label, 'tf-value', ctx.layout, width - room.left);
    lines.forEach((lineText, i) => {
      const lineWidth = measure(lineText, 'tf-value', ctx.layout);
      inner.push(
        text(Math.max(room.left, Math.min(left, width - lineWidth)), trackY + 24 + i * 19, lineText, 'tf-value'),
      );
    });
    below = 12 + lines.length * 19;
  }
  return { markup: mark(ctx, { claims: [m.claimId], label: m.ariaLabel }, inner.join('')), below };
}
