/**
 * CSP gate: every page in dist/ (embeds included) loads, scrolls to the end (so the lazy map and
 * its worker load too) and raises no `securitypolicyviolation` event and no console error. Every
 * page carries the meta CSP from src/lib/site.ts without 'unsafe-inline' scripts, and dist/_headers
 * sends the same policy as an HTTP header (plus frame-ancestors on non-embed pages).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST_DIR, isEmbedPath, listDistPages } from '../../../scripts/dist-pages.ts';
import { cspHeaderFor, parseHeadersFile } from '../../../scripts/write-headers.ts';
import { CONTENT_SECURITY_POLICY } from '../../../src/lib/site.ts';
import { expect, test } from '../guards.ts';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

function metaCspOf(html: string): string | undefined {
  const tag = /<meta\b[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i.exec(html)?.[0];
  const match = tag ? /\bcontent=(?:"([^"]*)"|'([^']*)')/i.exec(tag) : null;
  return match ? (match[1] ?? match[2] ?? '').replace(/&#39;|&#x27;|&apos;/g, "'").replace(/&quot;/g, '"') : undefined;
}

function directive(policy: string, name: string): string | undefined {
  return policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.split(/\s+/)[0] === name);
}

test('every page carries the meta CSP without unsafe-inline script, and _headers sends the same policy', () => {
  const pages = listDistPages(DIST_DIR);
  expect(pages.length).toBeGreaterThan(0);
  expect(directive(CONTENT_SECURITY_POLICY, 'script-src') ?? '', 'script-src is strict').not.toMatch(
    // 'wasm-unsafe-eval' (Pagefind's WebAssembly) is allowed; script eval and inline script are not.
    /unsafe-inline|'unsafe-eval'/,
  );
  const headersPath = path.join(DIST_DIR, '_headers');
  expect(existsSync(headersPath), 'dist/_headers exists (written at the end of astro build)').toBe(true);
  const rules = parseHeadersFile(readFileSync(headersPath, 'utf8'));
  const problems: string[] = [];
  for (const { file, urlPath } of pages) {
    const html = readFileSync(path.join(DIST_DIR, file), 'utf8');
    const meta = metaCspOf(html);
    if (!meta) problems.push(`${file}: no <meta http-equiv="Content-Security-Policy">`);
    else {
      if (meta !== CONTENT_SECURITY_POLICY)
        problems.push(`${file}: meta CSP differs from CONTENT_SECURITY_POLICY: ${meta}`);
      if (/unsafe-inline/.test(directive(meta, 'script-src') ?? 'script-src none'))
        problems.push(`${file}: 'unsafe-inline' in script-src`);
    }
    const header = rules.get(urlPath)?.get('content-security-policy');
    if (header !== cspHeaderFor(urlPath))
      problems.push(`${file}: _headers rule for ${urlPath} is ${header ?? 'missing'}`);
    const frameAncestors = directive(header ?? '', 'frame-ancestors');
    if (isEmbedPath(urlPath) && frameAncestors)
      problems.push(`${file}: an embed must stay frameable, but has ${frameAncestors}`);
    if (!isEmbedPath(urlPath) && frameAncestors !== "frame-ancestors 'self'")
      problems.push(`${file}: no frame-ancestors 'self'`);
  }
  expect(problems).toEqual([]);
});

test('no page raises a CSP violation or a console error, even after scrolling to the end', async ({ page }) => {
  const pages = listDistPages(DIST_DIR);
  expect(pages.map((p) => p.urlPath)).toContain('/');
  test.setTimeout(20_000 + pages.length * 10_000);
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
      );
    });
  });
  let currentPath = '';
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${currentPath}: console error: ${message.text()}`);
  });
  for (const { urlPath } of pages) {
    await test.step(urlPath, async () => {
      currentPath = urlPath;
      const response = await page.goto(urlPath);
      const status = response?.status() ?? 0;
      if (status !== 200 && !(urlPath === '/404.html' && status === 404)) problems.push(`${urlPath}: HTTP ${status}`);
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
          window.scrollTo(0, y);
          await new Promise((resolve) => setTimeout(resolve, 30));
        }
      });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const violations = await page.evaluate(() => window.__cspViolations ?? []);
      problems.push(...violations.map((violation) => `${urlPath}: CSP violation: ${violation}`));
    });
  }
  // The 404 page may be *meant* to answer 404; Chromium logs that status as a console error.
  const expectedNoise = (problem: string): boolean =>
    problem.startsWith('/404.html: console error: Failed to load resource: the server responded with a status of 404');
  expect(problems.filter((problem) => !expectedNoise(problem))).toEqual([]);
});
