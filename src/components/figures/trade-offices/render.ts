import { ATTRIBUTION_LABELS } from '../../../lib/vocabulary.ts';
import type { DrawContext, Drawn } from '../shared/types.ts';
import { clip, el, mark, text, wrapWords } from '../shared/svg.ts';
import type { TradeOfficesModel } from './prepare.ts';

export function drawTradeOffices(model: TradeOfficesModel, ctx: DrawContext): Drawn {
  const wide = ctx.layout === 'wide';
  const width = wide ? 720 : 300;
  const columns = wide ? 3 : 1;
  const gap = 10;
  const boxWidth = (width - gap * (columns - 1)) / columns;
  const boxHeight = wide ? 140 : 122;
  const charsPerLine = Math.floor((boxWidth - 20) / 7.4);
  const parts: string[] = [];
  const top = 22;
  parts.push(text(0, 14, `Plan reported in ${model.planDate}: ${model.planned} offices`, 'tf-group'));
  model.slots.forEach((slot, i) => {
    const x = (i % columns) * (boxWidth + gap);
    const y = top + Math.floor(i / columns) * (boxHeight + gap);
    const named = slot.city !== null;
    const inner: string[] = [
      el('rect', { x, y, width: boxWidth, height: boxHeight, rx: 4, class: `tf-slot${named ? '' : ' is-unknown'}` }),
      text(x + 10, y + 22, `${i + 1}. ${slot.city ?? 'Not named'}`, 'tf-group'),
    ];
    let lineY = y + 42;
    const namedText = named
      ? `Named by ${slot.namedBy.map((n) => `${n.outlet} (${n.attribution})`).join(' and ')}`
      : 'No source named a city';
    for (const lineText of wrapWords(namedText, charsPerLine).slice(0, 3)) {
      inner.push(text(x + 10, lineY, lineText, 'tf-sub'));
      lineY += 16;
    }
    lineY += 4;
    const statusLines = wrapWords(`Since: ${slot.statusText}`, charsPerLine);
    for (const lineText of statusLines.slice(0, 4)) {
      inner.push(text(x + 10, lineY, clip(lineText, charsPerLine), slot.status === 'opened' ? 'tf-value' : 'tf-label'));
      lineY += 16;
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
  const rows = Math.ceil(model.slots.length / columns);
  const height = top + rows * (boxHeight + gap) + 4;
  if (model.slots.length === 0) parts.push(text(0, top + 20, 'No trade-office records in the dataset yet.', 'tf-note'));
  return { width, height: model.slots.length === 0 ? top + 30 : height, body: parts.join('') };
}
