/**
 * Embed addresses and the copy-paste snippet journalists put in their CMS: an iframe that works
 * alone (sensible default height, scrolls if the content is taller) plus the optional host script
 * that sizes it to its content.
 */
import type { FigureId } from '../vocabulary.ts';
import { EMBED_ATTRIBUTE } from './protocol.ts';

/** The host script's path. Versioned: a breaking protocol change ships as /embed/v2.js beside v1. */
export const HOST_SCRIPT_PATH = '/embed/v1.js';

/**
 * Height of the bare iframe before (or without) the host script, in CSS px: roughly each figure's
 * height at about 640 px wide, so a CMS that strips scripts still shows the whole figure or most of it.
 */
export const DEFAULT_EMBED_HEIGHTS: Record<FigureId, number> = {
  map: 720,
  timeline: 900,
  'labour-claims': 700,
  'goods-brands': 700,
  'trade-fairs': 600,
  'trade-offices': 640,
  entries: 600,
  turnover: 600,
};
/** The width oEmbed consumers are told; the iframe itself is fluid (width 100%). */
export const DEFAULT_EMBED_WIDTH = 640;

export function embedPath(id: FigureId): string {
  return `/embed/${id}/`;
}
export function oembedPath(id: FigureId): string {
  return `/oembed/${id}.json`;
}

/** Absolute URL on the site; `site` is Astro.site (a URL or string with the origin and base). */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export type SnippetOptions = {
  id: FigureId;
  title: string;
  site: URL | string;
  height?: number;
  /** Include the host script tag (omit for oEmbed consumers that strip scripts anyway). */
  withScript?: boolean;
};

/** Just the <iframe>: fluid width, default height, a title for screen readers, lazy loading. */
export function iframeHtml({ id, title, site, height }: SnippetOptions): string {
  const src = absoluteUrl(embedPath(id), site);
  const h = Math.round(height ?? DEFAULT_EMBED_HEIGHTS[id]);
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ${EMBED_ATTRIBUTE}="${id}"` +
    ` width="100%" height="${h}" loading="lazy" style="width:100%;max-width:100%;border:0"></iframe>`
  );
}

/** The full snippet: iframe + host script (async, so it never blocks the host page). */
export function embedSnippet(options: SnippetOptions): string {
  const iframe = iframeHtml(options);
  if (options.withScript === false) return iframe;
  const script = absoluteUrl(HOST_SCRIPT_PATH, options.site);
  return `${iframe}\n<script async src="${escapeAttribute(script)}"></script>`;
}
