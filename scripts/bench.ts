/**
 * npm run bench: builds the site and prints, per page, what a reader downloads before interacting:
 * HTML, CSS and JS (raw and gzip) that the page references directly, plus build time.
 * Numbers only; no assertions (budgets live in the test suite and the audit).
 */
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = path.resolve('dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** Same-origin asset URLs a page loads up front: stylesheets, module scripts and modulepreloads. */
function referencedAssets(html: string): { css: string[]; js: string[] } {
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  return { css: [...new Set(css)], js: [...new Set([...scripts, ...preloads])] };
}

/** Static imports of a JS module, followed transitively (dynamic import() is excluded on purpose). */
function staticImportClosure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(path.join(DIST, entry), 'utf8');
  for (const match of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
    const spec = match[1]!;
    if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
    const resolved = spec.startsWith('/') ? spec : path.posix.join(path.posix.dirname(entry), spec);
    staticImportClosure(resolved, seen);
  }
  return seen;
}

function sizes(files: Iterable<string>): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(DIST, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

const kb = (n: number) => (n / 1024).toFixed(1);

const started = performance.now();
execSync('npm run build', { stdio: 'ignore' });
const buildSeconds = (performance.now() - started) / 1000;

const rows = htmlFiles(DIST)
  .map((file) => {
    const html = readFileSync(file);
    const assets = referencedAssets(html.toString('utf8'));
    const jsFiles = new Set<string>();
    for (const entry of assets.js) for (const f of staticImportClosure(entry)) jsFiles.add(f);
    const css = sizes(assets.css);
    const js = sizes(jsFiles);
    const htmlGzip = gzipSync(html, { level: 9 }).length;
    return {
      page: '/' + path.relative(DIST, file).replace(/index\.html$/, ''),
      html: html.length,
      htmlGzip,
      css,
      js,
      totalGzip: htmlGzip + css.gzip + js.gzip,
    };
  })
  .sort((a, b) => a.page.localeCompare(b.page));

const header = ['page', 'HTML KB', 'HTML gz', 'CSS KB', 'CSS gz', 'JS KB', 'JS gz', 'total gz KB'];
const table = rows.map((r) => [
  r.page,
  kb(r.html),
  kb(r.htmlGzip),
  kb(r.css.raw),
  kb(r.css.gzip),
  kb(r.js.raw),
  kb(r.js.gzip),
  kb(r.totalGzip),
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const line = (cells: string[]) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));
const allJs = readdirSync(path.join(DIST, '_astro')).filter((f) => f.endsWith('.js'));
const lazyTotal = sizes(allJs.map((f) => `/_astro/${f}`));
console.log('');
console.log(`pages: ${rows.length}; build: ${buildSeconds.toFixed(1)} s`);
console.log(
  `all JS in dist/_astro (incl. lazily loaded chunks such as the map): ${kb(lazyTotal.raw)} KB raw, ${kb(lazyTotal.gzip)} KB gzip`,
);
