/** String builders for SVG markup: every chart renders to a string at build, so nothing here touches a DOM. */
import type { DrawContext } from './types.ts';

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One decimal is plenty at our sizes and keeps snapshots small and stable. */
export function round(n: number): number {
  return Math.round(n * 10) / 10;
}

type AttrValue = string | number | undefined | false;

export function attrs(attributes: Record<string, AttrValue>): string {
  return Object.entries(attributes)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => ` ${k}="${esc(typeof v === 'number' ? String(round(v)) : (v as string))}"`)
    .join('');
}

export function el(tag: string, attributes: Record<string, AttrValue>, inner?: string): string {
  return inner === undefined ? `<${tag}${attrs(attributes)}/>` : `<${tag}${attrs(attributes)}>${inner}</${tag}>`;
}

export function text(
  x: number,
  y: number,
  content: string,
  cls: string,
  extra: Record<string, AttrValue> = {},
): string {
  return el('text', { x, y, class: cls, ...extra }, esc(content));
}

export function line(x1: number, y1: number, x2: number, y2: number, cls: string): string {
  return el('line', { x1, y1, x2, y2, class: cls });
}

export function translate(x: number, y: number): string {
  return `translate(${round(x)},${round(y)})`;
}

/**
 * A data mark: focusable, named, tied to its claim(s) for tooltips and story highlights.
 * Emphasis is baked in when the page asks for a highlight, so the JS-off page matches the step.
 */
export function mark(
  ctx: DrawContext,
  options: { claims: string[]; label: string; cls?: string; transform?: string },
  inner: string,
): string {
  const highlighted = options.claims.some((id) => ctx.highlight.has(id));
  const cls = ['tf-mark', options.cls, highlighted ? 'is-hl' : undefined].filter(Boolean).join(' ');
  return el(
    'g',
    {
      class: cls,
      transform: options.transform,
      tabindex: ctx.interactive ? 0 : undefined,
      role: 'img',
      'aria-label': options.label,
      'data-claim': options.claims[0],
      'data-claims': options.claims.join(' '),
    },
    inner,
  );
}
