import { ATTRIBUTION_LABELS } from '../../lib/vocabulary.ts';
import type { DrawContext, Drawn } from '../shared/types.ts';
import { el, mark, text } from '../shared/svg.ts';
import { wrap } from '../shared/text.ts';
import type { OfficeSlot, TradeOfficesModel } from './state.ts';

const PAD = 10;
const LINE = 19;

/** The lines inside one slot's box: heading, who named the city, what is known since. */
function slotLines(slot: OfficeSlot, index: number, ctx: DrawContext, innerWidth: number) {
  const named = slot.city !== null;
  const namedText =
    slot.style === 'addition'
      ? `Added by ${slot.namedBy[0]!.outlet} (${slot.namedBy[0]!.attribution}) alone`
      : named
        ? `Named by ${slot.namedBy.map((n) => `${n.outlet} (${n.attribution})`).join(' and ')}`
        : 'No source named a city';
  return {
    heading: wrap(`${index + 1}. ${slot.city ?? 'Not named'}`, 'tf-group', ctx.layout, innerWidth),
    named: wrap(namedText, 'tf-sub', ctx.layout, innerWidth),
    since: wrap(
      `Since: ${slot.statusText}`,
      slot.status === 'opened' ? 'tf-value' : 'tf-label',
      ctx.layout,
      innerWidth,
    ),
  };
}

export function drawTradeOffices(model: TradeOfficesModel, ctx: DrawContext): Drawn {
  const wide = ctx.layout === 'wide';
  const width = wide ? 720 : 300;
  const columns = wide ? 3 : 1;
  const gap = 10;
  const boxWidth = (width - gap * (columns - 1)) / columns;
  const innerWidth = boxWidth - 2 * PAD;
  const parts: string[] = [];
  const headingLines = wrap(
    `Plan reported in ${model.planDate}: ${model.planned} offices`,
    'tf-group',
    ctx.layout,
    width,
  );
  headingLines.forEach((lineText, i) => parts.push(text(0, 15 + i * 19, lineText, 'tf-group')));
  const top = 8 + headingLines.length * 19;
  const laidOut = model.slots.map((slot, i) => slotLines(slot, i, ctx, innerWidth));
  const contentHeight = (l: (typeof laidOut)[number]) =>
    l.heading.length * 19 + 8 + l.named.length * LINE + 4 + l.since.length * LINE;
  // Every box in a row is as tall as its tallest neighbour, so the grid stays a grid.
  const rowCount = Math.ceil(model.slots.length / columns);
  const rowHeights = Array.from({ length: rowCount }, (_, row) =>
    Math.max(
      wide ? 140 : 110,
      ...laidOut.slice(row * columns, row * columns + columns).map((l) => contentHeight(l) + 22),
    ),
  );
  let rowTop = top;
  model.slots.forEach((slot, i) => {
    const row = Math.floor(i / columns);
    if (i > 0 && i % columns === 0) rowTop += rowHeights[row - 1]! + gap;
    const x = (i % columns) * (boxWidth + gap);
    const y = rowTop;
    const lines = laidOut[i]!;
    const named = slot.city !== null;
    const inner: string[] = [
      el('rect', {
        x,
        y,
        width: boxWidth,
        height: rowHeights[row]!,
        rx: 4,
        class: `tf-slot${named ? '' : ' is-unknown'}${slot.style === 'addition' ? ' is-addition' : ''}`,
      }),
    ];
    let lineY = y + 22;
    for (const lineText of lines.heading) {
      inner.push(text(x + PAD, lineY, lineText, 'tf-group'));
      lineY += 19;
    }
    lineY += 3;
    for (const lineText of lines.named) {
      inner.push(text(x + PAD, lineY, lineText, 'tf-sub'));
      lineY += LINE;
    }
    lineY += 4;
    for (const lineText of lines.since) {
      inner.push(text(x + PAD, lineY, lineText, slot.status === 'opened' ? 'tf-value' : 'tf-label'));
      lineY += LINE;
    }
    parts.push(
      mark(
        ctx,
        {
          claims: slot.claimIds,
          cls: 'tf-office',
          label: `Office ${i + 1}: ${slot.city ?? 'not named'}. ${named ? `Named by ${slot.namedBy.map((n) => `${n.outlet} (${ATTRIBUTION_LABELS[n.attribution]})`).join(' and ')}.` : ''} Known since: ${slot.statusText}.`,
        },
        inner.join(''),
      ),
    );
  });
  if (model.slots.length === 0) {
    parts.push(text(0, top + 20, 'No trade-office records in the dataset yet.', 'tf-note'));
    return { width, height: top + 30, body: parts.join('') };
  }
  return { width, height: rowTop + rowHeights[rowCount - 1]! + 4, body: parts.join('') };
}
