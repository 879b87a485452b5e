import { scaleUtc } from 'd3-scale';
import { attributionInSentence } from '../../lib/vocabulary.ts';
import type { DrawContext, Drawn } from '../shared/types.ts';
import { dateSpan } from '../../lib/dates.ts';
import { classSymbol, legend, STATUS_WORDS } from '../shared/symbols.ts';
import { el, line, mark, text, translate } from '../shared/svg.ts';
import { CATEGORY_LABELS, type TimelineModel } from './state.ts';

const SUBROW = 18;
/** Marks closer than this (px) in one lane move to the next sub-row instead of overlapping. */
const MIN_GAP = 15;

export function drawTimeline(model: TimelineModel, ctx: DrawContext): Drawn {
  const wide = ctx.layout === 'wide';
  const width = wide ? 720 : 300;
  const left = wide ? 118 : 8;
  const right = width - 8;
  const [firstYear, lastYear] = model.years;
  const x = scaleUtc()
    .domain([new Date(Date.UTC(firstYear, 0, 1)), new Date(Date.UTC(lastYear + 1, 0, 1))])
    .range([left, right]);

  const parts: string[] = [];
  const legendBlock = legend(width, ctx.layout, {
    statuses: [...new Set(model.events.map((e) => e.status))],
    neutral: true,
  });
  parts.push(legendBlock.body);
  const axisY = legendBlock.height + 22;
  let y = axisY + 10;
  const laneParts: string[] = [];

  for (const lane of model.lanes) {
    const events = model.events.filter((e) => e.category === lane.category);
    // Dodge: each event takes the first sub-row whose last mark is far enough to its left.
    const subrowEnds: number[] = [];
    const placed = events.map((event) => {
      const span = dateSpan(event.date, event.dateEnd);
      const cx = x(event.date.length === 10 && !event.dateEnd ? span.start : span.mid);
      let subrow = subrowEnds.findIndex((end) => cx - end >= MIN_GAP);
      if (subrow === -1) subrow = subrowEnds.length;
      subrowEnds[subrow] = Math.max(cx, x(span.end));
      return { event, span, cx, subrow };
    });
    const labelSpace = wide ? 0 : 16;
    const laneHeight = labelSpace + Math.max(1, subrowEnds.length) * SUBROW + 6;
    laneParts.push(line(0, y, width, y, 'tf-grid'));
    laneParts.push(text(wide ? 0 : left, y + (wide ? 17 : 14), lane.label, `cat-label cat-${lane.category}`));
    for (const { event, span, cx, subrow } of placed) {
      const cy = y + labelSpace + 12 + subrow * SUBROW;
      const inner: string[] = [];
      // Month- and year-precision dates (and multi-day events) show their whole span as a bar.
      const x0 = x(span.start);
      const x1 = x(span.end);
      if (x1 - x0 > 4 && (event.dateEnd || event.date.length < 10)) inner.push(line(x0, cy, x1, cy, 'tf-span'));
      inner.push(
        el(
          'g',
          { transform: translate(cx, cy) },
          classSymbol(event.attribution, event.status, 11, `cat-${event.category}`),
        ),
      );
      inner.unshift(el('rect', { class: 'tf-hit', x: cx - 8, y: cy - 8, width: 16, height: 16 }));
      laneParts.push(
        mark(
          ctx,
          {
            claims: [event.claimId],
            cls: `cat-${event.category}`,
            label: `${event.dateText}: ${event.title}. ${CATEGORY_LABELS[event.category]}; ${attributionInSentence(event.attribution)}; ${STATUS_WORDS[event.status]}.`,
          },
          inner.join(''),
        ),
      );
    }
    y += laneHeight;
  }
  laneParts.push(line(0, y, width, y, 'tf-grid'));

  // Year bands: a gridline at each 1 January and the year label centred over its year.
  for (let year = firstYear; year <= lastYear + 1; year++) {
    const yx = x(new Date(Date.UTC(year, 0, 1)));
    parts.push(line(yx, axisY - 4, yx, y, 'tf-grid'));
    if (year <= lastYear) {
      const mid = x(new Date(Date.UTC(year, 6, 1)));
      parts.push(text(mid, axisY, String(year), 'tf-axis', { 'text-anchor': 'middle' }));
    }
  }
  parts.push(...laneParts);
  if (model.events.length === 0)
    parts.push(text(width / 2, y + 20, 'No events in the dataset yet.', 'tf-note', { 'text-anchor': 'middle' }));
  return { width, height: y + (model.events.length === 0 ? 30 : 4), body: parts.join('') };
}
