/**
 * The <svg> root around a chart body: inline in pages (classes only, CSP-safe) or as a standalone
 * document for downloads and snapshots, with its own <style>, literal light colours, and the
 * title, takeaway and source line burned in.
 */
import type { Drawn, Layout } from './types.ts';
import { el, esc, text, translate } from './svg.ts';
import { wrap } from './text.ts';

export type FrameOptions = {
  idPrefix: string;
  title: string;
  description: string;
  layout: Layout;
  highlighted: boolean;
};

export function pageSvg(drawn: Drawn, o: FrameOptions): string {
  const cls = `tf-svg tf-svg--${o.layout}${o.highlighted ? ' has-hl' : ''}`;
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${drawn.width} ${Math.ceil(drawn.height)}`,
      class: cls,
      role: 'group',
      'aria-labelledby': `${o.idPrefix}-title`,
      'aria-describedby': `${o.idPrefix}-desc`,
    },
    `<title id="${esc(o.idPrefix)}-title">${esc(o.title)}</title><desc id="${esc(o.idPrefix)}-desc">${esc(o.description)}</desc>${drawn.body}`,
  );
}

export type StandaloneOptions = FrameOptions & { takeaway: string; sourceLine: string; css: string };

const PAD = 16;

export function standaloneSvg(drawn: Drawn, o: StandaloneOptions): string {
  const width = drawn.width + 2 * PAD;
  const parts: string[] = [];
  let y = PAD + 16;
  for (const lineText of wrap(o.title, 'tf-title', 'wide', drawn.width)) {
    parts.push(text(PAD, y, lineText, 'tf-title'));
    y += 22;
  }
  for (const lineText of wrap(o.takeaway, 'tf-label', 'wide', drawn.width)) {
    parts.push(text(PAD, y, lineText, 'tf-label'));
    y += 18;
  }
  y += 8;
  parts.push(el('g', { transform: translate(PAD, y) }, drawn.body));
  y += drawn.height + 20;
  for (const lineText of wrap(o.sourceLine, 'tf-note', 'wide', drawn.width)) {
    parts.push(text(PAD, y, lineText, 'tf-note'));
    y += 16;
  }
  const height = Math.ceil(y + PAD - 8);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    el(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        width,
        height,
        viewBox: `0 0 ${width} ${height}`,
        class: `tf-svg tf-svg--${o.layout}${o.highlighted ? ' has-hl' : ''}`,
        role: 'img',
        'aria-labelledby': `${o.idPrefix}-title ${o.idPrefix}-desc`,
      },
      `<title id="${esc(o.idPrefix)}-title">${esc(o.title)}</title><desc id="${esc(o.idPrefix)}-desc">${esc(o.description)}</desc>` +
        `<style>${o.css}</style>` +
        el('rect', { class: 'tf-bg', x: 0, y: 0, width, height }) +
        parts.join(''),
    ) +
    '\n'
  );
}

/**
 * Resolves var(--token) in chart.css to the light-theme literal from tokens.css, so a downloaded
 * SVG looks right anywhere (no custom properties, no light-dark()).
 */
export function resolveTokens(css: string, tokensCss: string): string {
  const tokens = new Map<string, string>();
  const rootBlock = /:root\s*\{([\s\S]*?)\n\}/.exec(tokensCss)?.[1] ?? tokensCss;
  for (const match of rootBlock.matchAll(/--([\w-]+):\s*([^;]+);/g)) {
    const value = match[2]!.trim();
    const lightDark = /^light-dark\(\s*([^,]+),/.exec(value);
    tokens.set(match[1]!, lightDark ? lightDark[1]!.trim() : value);
  }
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/var\(--([\w-]+)\)/g, (whole, name: string) => tokens.get(name) ?? whole)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}
