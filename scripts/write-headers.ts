/**
 * Writes dist/_headers (the Netlify / Cloudflare Pages format) so static hosts send the
 * Content-Security-Policy as an HTTP header too. The policy is CONTENT_SECURITY_POLICY from
 * src/lib/site.ts — the same string as every page's meta tag — plus `frame-ancestors 'self'` on
 * every page except the embeds, which must stay frameable by any site (frame-ancestors only works
 * in a header; a meta tag ignores it).
 *
 * Every page gets its own rule, generated from what the build produced: hosts merge all matching
 * rules, so a catch-all CSP plus an embed rule would leave embeds with both policies.
 * Runs at the end of `astro build` (astro.config.mjs) and by hand: `node scripts/write-headers.ts`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../src/lib/site.ts';
import { DIST_DIR, isEmbedPath, listDistPages } from './dist-pages.ts';

export const FRAME_ANCESTORS_FOR_PAGES = "frame-ancestors 'self'";

/** The CSP header a page is served with. */
export function cspHeaderFor(urlPath: string): string {
  return isEmbedPath(urlPath) ? CONTENT_SECURITY_POLICY : `${CONTENT_SECURITY_POLICY}; ${FRAME_ANCESTORS_FOR_PAGES}`;
}

/**
 * Headers every response gets, whatever it is. Access-Control-Allow-Origin: * because an embed
 * inside a sandboxed iframe (WordPress adds sandbox="allow-scripts") has an opaque origin, "null":
 * its module scripts, fonts, map geometry and map worker are cross-origin requests there, and the
 * browser refuses them without this header. The site is public and sets no cookies, so allowing
 * every origin to read it gives nothing away. `astro preview` sends the same (astro.config.mjs).
 */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Access-Control-Allow-Origin': '*',
};

/** The _headers text for a list of page URL paths. */
export function headersFileFor(urlPaths: string[]): string {
  const blocks = [['/*', ...Object.entries(COMMON_HEADERS).map(([name, value]) => `${name}: ${value}`)]];
  for (const urlPath of urlPaths) {
    const rule = [`Content-Security-Policy: ${cspHeaderFor(urlPath)}`];
    blocks.push([urlPath, ...rule]);
    // Hosts also answer "/data/index.html" and (404 page) "/404": give them the same policy.
    if (urlPath.endsWith('/')) blocks.push([`${urlPath}index.html`, ...rule]);
    if (urlPath.endsWith('.html')) blocks.push([urlPath.slice(0, -'.html'.length), ...rule]);
  }
  return `${blocks.map(([pattern, ...headers]) => [pattern, ...headers.map((h) => `  ${h}`)].join('\n')).join('\n')}\n`;
}

/** Parses a _headers file into pattern → header name (lower case) → value. */
export function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(':');
    if (current && colon > 0) current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return rules;
}

export function writeHeadersFile(distDir: string): string {
  const target = path.join(distDir, '_headers');
  writeFileSync(target, headersFileFor(listDistPages(distDir).map((page) => page.urlPath)));
  return target;
}

if (import.meta.main) console.log(`wrote ${writeHeadersFile(DIST_DIR)}`);
