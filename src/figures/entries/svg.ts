import { scaleBand, scaleLinear } from 'd3-scale';
import type { DrawContext, Drawn } from '../shared/types.ts';
import { el, line, mark, text, translate } from '../shared/svg.ts';
import { lineHeight, measure } from '../shared/text.ts';
import type { EntriesModel, EntrySlot } from './state.ts';

const PANEL_HEIGHT = 190;

/** One panel of bars: published totals as filled bars, the "study" subset as a dashed outline, gaps as hatched-free dashed slots. */
function panel(
  slots: EntrySlot[],
  title: string,
  width: number,
  ctx: DrawContext,
  short: (s: EntrySlot) => string,
): string {
  const top = 30;
  const bottom = top + PANEL_HEIGHT;
  const max = Math.max(1, ...slots.map((s) => s.entries ?? s.study ?? 0));
  const yTicks = scaleLinear().domain([0, max]).nice().ticks(4);
  // Room on the left for the widest value-axis label, measured in the chart font.
  const axisWidth = 8 + Math.max(...yTicks.map((tick) => measure(tick.toLocaleString('en-GB'), 'tf-axis', ctx.layout)));
  const x = scaleBand<string>()
    .domain(slots.map((s) => s.key))
    .range([axisWidth, width])
    .padding(0.2);
  // Narrow bands cannot hold "5,263" across: value labels turn vertical and need headroom.
  const vertical = x.bandwidth() < 36;
  const y = scaleLinear()
    .domain([0, max])
    .range([bottom, top + (vertical ? 84 : 14)])
    .nice();
  const parts: string[] = [text(0, 14, title, 'tf-group')];
  for (const tick of y.ticks(4)) {
    parts.push(line(axisWidth, y(tick), width, y(tick), 'tf-grid'));
    parts.push(text(axisWidth - 4, y(tick) + 4, tick.toLocaleString('en-GB'), 'tf-axis', { 'text-anchor': 'end' }));
  }
  let lastYear: number | null = null;
  for (const slot of slots) {
    const bx = x(slot.key)!;
    const bw = x.bandwidth();
    /** The study share, drawn inside its slot's bar (or inside an empty slot whose total is missing). */
    const studyBar = (study: number) =>
      el('rect', { x: bx + bw * 0.2, y: y(study), width: bw * 0.6, height: bottom - y(study), class: 'tf-bar is-sub' });
    const inner: string[] = [];
    if (slot.kind === 'value' && slot.entries !== null) {
      inner.push(
        el('rect', { x: bx, y: y(slot.entries), width: bw, height: bottom - y(slot.entries), class: 'tf-bar' }),
      );
      if (slot.study !== null) inner.push(studyBar(slot.study));
      inner.push(
        vertical
          ? el(
              'g',
              { transform: `${translate(bx + bw / 2 + 4, y(slot.entries) - 5)} rotate(-90)` },
              text(0, 0, slot.entriesText, 'tf-value'),
            )
          : text(bx + bw / 2, y(slot.entries) - 5, slot.entriesText, 'tf-value', { 'text-anchor': 'middle' }),
      );
    } else {
      // Not zero: an outlined empty slot the height of the panel, labelled vertically.
      const cls = slot.kind === 'not-published' ? 'tf-gap' : 'tf-slot is-unknown';
      inner.push(el('rect', { x: bx, y: top + 14, width: bw, height: bottom - top - 14, class: cls }));
      inner.push(
        el(
          'g',
          { transform: `${translate(bx + bw / 2 + 4, bottom - 8)} rotate(-90)` },
          text(0, 0, slot.kind === 'not-published' ? 'not published' : 'total not found', 'tf-note'),
        ),
      );
      if (slot.study !== null) inner.push(studyBar(slot.study));
    }
    parts.push(
      mark(
        ctx,
        {
          claims: slot.claimId ? [slot.claimId] : [],
          cls: 'cat-labour',
          label: `${slot.label}: entries ${slot.entriesText}${slot.study !== null ? `, of which to study ${slot.studyText}` : ''}.`,
        },
        inner.join(''),
      ),
    );
    parts.push(text(bx + bw / 2, bottom + 16, short(slot), 'tf-axis', { 'text-anchor': 'middle' }));
    // The year sits one axis line below the quarter, so the two never touch at any layout's text size.
    if (slot.quarter !== null && slot.year !== lastYear) {
      parts.push(text(bx, bottom + 16 + lineHeight('tf-axis', ctx.layout), String(slot.year), 'tf-axis'));
      lastYear = slot.year;
    }
  }
  parts.push(line(axisWidth, bottom, width, bottom, 'tf-axis-line'));
  return parts.join('');
}

export function drawEntries(model: EntriesModel, ctx: DrawContext): Drawn {
  const wide = ctx.layout === 'wide';
  const width = wide ? 720 : 300;
  const parts: string[] = [];
  // Legend: filled bar = all entries, dashed outline = entries to study, dashed grey slot = not published.
  parts.push(
    el(
      'g',
      { class: 'tf-legend cat-labour', 'aria-hidden': 'true' },
      el('rect', { x: 0, y: 4, width: 12, height: 12, class: 'tf-bar' }) +
        text(18, 15, 'all entries', 'tf-legend-text') +
        el('rect', { x: 104, y: 4, width: 12, height: 12, class: 'tf-bar is-sub' }) +
        text(122, 15, 'of which study', 'tf-legend-text') +
        el('rect', { x: wide ? 240 : 0, y: wide ? 4 : 26, width: 12, height: 12, class: 'tf-gap' }) +
        text(wide ? 258 : 18, wide ? 15 : 37, 'not published (not zero)', 'tf-legend-text'),
    ),
  );
  const top = wide ? 32 : 52;
  const panelHeight = PANEL_HEIGHT + 30 + 40;
  if (wide) {
    const yearWidth = Math.max(170, 44 + model.years.length * 46);
    parts.push(
      el(
        'g',
        { transform: translate(0, top) },
        panel(model.years, 'By year', yearWidth, ctx, (s) => s.label),
      ),
    );
    parts.push(
      el(
        'g',
        { transform: translate(yearWidth + 30, top) },
        panel(model.quarters, 'By quarter', width - yearWidth - 30, ctx, (s) => `Q${s.quarter}`),
      ),
    );
    return { width, height: top + panelHeight, body: parts.join('') };
  }
  parts.push(
    el(
      'g',
      { transform: translate(0, top) },
      panel(model.years, 'By year', width, ctx, (s) => s.label),
    ),
  );
  parts.push(
    el(
      'g',
      { transform: translate(0, top + panelHeight) },
      panel(model.quarters, 'By quarter', width, ctx, (s) => `Q${s.quarter}`),
    ),
  );
  return { width, height: top + 2 * panelHeight, body: parts.join('') };
}
