/**
 * Embeds as a journalist's page sees them: a host page on ANOTHER origin (a tiny node:http server
 * on a random port) embeds /embed/<id>/ with the host script, and the iframe takes the content's
 * height; oEmbed documents validate and their html loads; ?theme= never reflects its input; PNG
 * downloads and social cards have the right pixel sizes; embeds pass axe and stay on 127.0.0.1.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './guards.ts';
import { ORIGIN } from './browser.ts';
import { FIGURE_IDS, type FigureId } from '../../src/lib/vocabulary.ts';
import { readPngSize } from '../../src/lib/embed/png.ts';
import { oembedProblems, type OembedRich } from '../../src/lib/embed/oembed.ts';
import { DEFAULT_EMBED_HEIGHTS } from '../../src/lib/embed/snippet.ts';

/** The figures with an embed page in this build (all of FIGURE_IDS once the map has landed). */
async function embeddedFigures(request: import('@playwright/test').APIRequestContext): Promise<FigureId[]> {
  const found: FigureId[] = [];
  for (const id of FIGURE_IDS) if ((await request.get(`/embed/${id}/`)).ok()) found.push(id);
  return found;
}

/** oEmbed html carries the production origin (Astro.site); the test serves it from the preview server. */
function toLocal(html: string, siteOrigin: string): string {
  return html.split(siteOrigin).join(ORIGIN);
}

type Host = { url: string; setBody: (html: string) => void; close: () => Promise<void> };

/** A host page on 127.0.0.1:<random port>: another origin than the embeds. */
async function startHost(): Promise<Host> {
  let body = '<!doctype html><title>Host</title>';
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    setBody: (html) => (body = html),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function hostPage(snippet: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom article</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>A newsroom article</h1><p>Some text before the chart.</p>${snippet}<p>Text after.</p></main></body></html>`;
}

async function fetchOembed(request: import('@playwright/test').APIRequestContext, id: FigureId): Promise<OembedRich> {
  const response = await request.get(`/oembed/${id}.json`);
  expect(response.ok(), `/oembed/${id}.json`).toBe(true);
  return (await response.json()) as OembedRich;
}

async function frameContentHeight(page: Page): Promise<number> {
  const frame = page.frameLocator('iframe[data-tumen-embed]');
  return frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
}

test.describe('embed pages', () => {
  let host: Host;
  test.beforeAll(async () => {
    host = await startHost();
  });
  test.afterAll(async () => {
    await host.close();
  });

  test('every figure and the map have an embed page', async ({ request }) => {
    expect(await embeddedFigures(request)).toEqual([...FIGURE_IDS]);
  });

  test('an embed on another origin is resized by the host script to its content height', async ({ page, request }) => {
    const id: FigureId = 'labour-claims';
    const oembed = await fetchOembed(request, id);
    const siteOrigin = new URL(oembed.provider_url).origin;
    host.setBody(hostPage(toLocal(oembed.html, siteOrigin)));
    await page.setViewportSize({ width: 900, height: 800 });
    await page.goto(host.url);
    expect(new URL(page.url()).origin).not.toBe(ORIGIN);
    const iframe = page.locator('iframe[data-tumen-embed]');
    await expect(iframe).toHaveAttribute('src', `${ORIGIN}/embed/${id}/`);
    await expect(page.frameLocator('iframe').locator(`figure[data-figure-id="${id}"]`)).toBeVisible();
    // The frame leaves its default height and settles on the content's.
    await expect.poll(async () => Number(await iframe.getAttribute('height'))).not.toBe(DEFAULT_EMBED_HEIGHTS[id]);
    await expect
      .poll(async () =>
        Math.abs((await iframe.evaluate((el) => el.getBoundingClientRect().height)) - (await frameContentHeight(page))),
      )
      .toBeLessThanOrEqual(3);
    // No inner scrollbar is needed any more.
    const frame = page.frameLocator('iframe');
    const overflow = await frame.locator('html').evaluate((html) => html.scrollHeight - window.innerHeight);
    expect(overflow).toBeLessThanOrEqual(3);

    // A narrower host column makes the figure taller; the frame follows.
    const wideHeight = await iframe.evaluate((el) => el.getBoundingClientRect().height);
    await page.setViewportSize({ width: 360, height: 800 });
    await expect.poll(async () => iframe.evaluate((el) => el.getBoundingClientRect().height)).not.toBe(wideHeight);
    await expect
      .poll(async () =>
        Math.abs((await iframe.evaluate((el) => el.getBoundingClientRect().height)) - (await frameContentHeight(page))),
      )
      .toBeLessThanOrEqual(3);
  });

  test('the host script ignores height messages from other origins and other frames', async ({ page, request }) => {
    const id: FigureId = 'entries';
    const oembed = await fetchOembed(request, id);
    host.setBody(hostPage(toLocal(oembed.html, new URL(oembed.provider_url).origin)));
    await page.goto(host.url);
    const iframe = page.locator('iframe[data-tumen-embed]');
    await expect.poll(async () => Number(await iframe.getAttribute('height'))).not.toBe(DEFAULT_EMBED_HEIGHTS[id]);
    const settled = await iframe.getAttribute('height');
    // The host page itself (wrong origin, wrong source) claims a huge height.
    await page.evaluate((figure) => window.postMessage({ type: 'tumen:height', id: figure, height: 4321 }, '*'), id);
    await page.waitForTimeout(200);
    await expect(iframe).toHaveAttribute('height', settled!);
  });

  test('without the host script the iframe keeps its default height and still shows the figure', async ({
    page,
    request,
  }) => {
    const id: FigureId = 'turnover';
    const oembed = await fetchOembed(request, id);
    const iframeOnly = toLocal(oembed.html, new URL(oembed.provider_url).origin).replace(
      /\n<script[^>]*><\/script>/,
      '',
    );
    expect(iframeOnly).not.toContain('<script');
    host.setBody(hostPage(iframeOnly));
    await page.goto(host.url);
    const iframe = page.locator('iframe[data-tumen-embed]');
    await expect(page.frameLocator('iframe').locator(`figure[data-figure-id="${id}"] svg`).first()).toBeVisible();
    await page.waitForTimeout(300);
    expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(DEFAULT_EMBED_HEIGHTS[id]);
  });

  test('oEmbed documents validate, are discoverable, and their html loads the embed', async ({ page, request }) => {
    test.setTimeout(90_000);
    for (const id of FIGURE_IDS) {
      const response = await request.get(`/oembed/${id}.json`);
      const doc = (await response.json()) as OembedRich;
      expect(oembedProblems(doc), id).toEqual([]);
      expect(typeof doc.width).toBe('number');
      expect(typeof doc.height).toBe('number');
      expect(doc.provider_name).toBe('Tumen');
      expect(doc.html).toContain(`title="${doc.title.replace(/"/g, '&quot;')}"`);
      const thumbnail = await request.get(new URL(doc.thumbnail_url).pathname);
      expect(thumbnail.ok(), doc.thumbnail_url).toBe(true);

      await page.goto(`/embed/${id}/`);
      const discovery = page.locator('link[rel="alternate"][type="application/json+oembed"]');
      await expect(discovery).toHaveAttribute('href', new RegExp(`/oembed/${id}\\.json$`));

      host.setBody(hostPage(toLocal(doc.html, new URL(doc.provider_url).origin)));
      await page.goto(host.url);
      await expect(page.frameLocator('iframe').locator(`[data-figure-id="${id}"]`).first()).toBeVisible();
    }
  });

  for (const id of FIGURE_IDS)
    test(`/embed/${id}/ shows the figure, source, credit, licence, dataset version and a link to its story step`, async ({
      page,
      request,
    }) => {
      await page.goto(`/embed/${id}/`);
      await expect(page.locator('header, nav, .site-header, .site-footer')).toHaveCount(0);
      await expect(page.locator(`[data-figure-id="${id}"]`).first()).toBeVisible();
      const text = await page.locator('main').innerText();
      expect(text).toMatch(/Sources?:/);
      expect(text).toContain('Credit: Tumen');
      expect(text).toContain('CC BY 4.0');
      expect(text).toMatch(/Dataset v\d+\.\d+\.\d+, \d{1,2} \w+ \d{4}/);
      const storyLink = page.locator('a[data-story-link]');
      await expect(storyLink).toHaveAttribute('target', '_blank');
      await expect(storyLink).toHaveAttribute('rel', /noopener/);
      await expect(storyLink).toHaveAttribute('href', /\/#[a-z]+-\d+$/);
      await expect(page.locator('meta[name="color-scheme"]')).toHaveCount(1);
      const served = await (await request.get(`/embed/${id}/`)).text();
      expect(served, 'inline script').not.toMatch(/<script(?![^>]*\ssrc=)(?![^>]*application\/json)[^>]*>/);
      expect(served, 'inline style attribute').not.toMatch(/\sstyle="/);
      expect(served, 'inline <style>').not.toMatch(/<style[\s>]/);
    });

  test('?theme= sets only light, dark or auto and never reflects its value', async ({ page, request }) => {
    test.setTimeout(120_000);
    const hostile = [
      '"><script>alert(1)</script>',
      "'><img src=x onerror=alert(1)>",
      '<script>alert(document.domain)</script>',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<h1>x</h1>',
      '" onload="alert(1)',
      "' onmouseover='alert(1)",
      '</title><script>alert(1)</script>',
      '<svg onload=alert(1)>',
      '${alert(1)}',
      '{{constructor.constructor("alert(1)")()}}',
      'dark"><b>bold</b>',
      'dark<script>',
      'dark;background:red',
      'light\u0000evil',
      'dark\u2028evil',
      'ダークモード',
      'темная-тема',
      '🌙🌙🌙-theme',
      '\u202Ekrad',
      'dаrk-cyrillic-a',
      'x'.repeat(5000) + 'END',
      '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      '&lt;script&gt;',
      '--injected-css-var',
      'expression(alert(1))',
      'url(javascript:alert(1))',
      '../../../etc/passwd',
      'auto" data-x="1',
      'DARK-UPPER-CASE',
      'null-undefined-NaN',
      ' dark-with-space',
      'light\ndark',
    ];
    const seenThemes = new Set<string>();
    for (const value of hostile) {
      const url = `/embed/timeline/?theme=${encodeURIComponent(value)}`;
      const served = await (await request.get(url)).text();
      await page.goto(url);
      const theme = await page.locator('html').getAttribute('data-theme');
      expect(['light', 'dark', 'auto'], value).toContain(theme);
      expect(theme, value).toBe('auto');
      seenThemes.add(theme!);
      const html = await page.content();
      const markers = [value, value.slice(0, 40)].filter((marker) => marker.length >= 6);
      for (const marker of markers) {
        expect(html.includes(marker), `reflected in the DOM: ${marker.slice(0, 60)}`).toBe(false);
        expect(served.includes(marker), `reflected by the server: ${marker.slice(0, 60)}`).toBe(false);
      }
      await expect(page.locator('meta[name="color-scheme"]')).toHaveAttribute('content', 'light dark');
    }
    expect([...seenThemes]).toEqual(['auto']);

    await page.goto('/embed/timeline/?theme=dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('meta[name="color-scheme"]')).toHaveAttribute('content', 'dark');
    const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.goto('/embed/timeline/?theme=light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(darkBackground).toBe('rgb(20, 20, 20)');
    expect(lightBackground).toBe('rgb(253, 252, 249)');
  });

  for (const id of FIGURE_IDS)
    test(`/embed/${id}/ passes axe in light and dark themes`, async ({ page }) => {
      test.setTimeout(60_000); // the map embed starts MapLibre on SwiftShader while axe runs
      for (const theme of ['light', 'dark']) {
        await page.goto(`/embed/${id}/?theme=${theme}`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${id}/${theme} ${v.id}: ${v.nodes.length} node(s)`)).toEqual([]);
      }
    });

  test('no request leaves 127.0.0.1 while embeds load', async ({ page, foreignRequests }) => {
    test.setTimeout(90_000);
    for (const id of FIGURE_IDS) {
      await page.goto(`/embed/${id}/`);
      await page.waitForLoadState('networkidle');
    }
    expect(foreignRequests.urls).toEqual([]);
  });
});

test.describe('embeds with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the figure and its provenance are all there', async ({ page }) => {
    await page.goto('/embed/labour-claims/');
    await expect(page.locator('figure[data-figure-id="labour-claims"] svg').first()).toBeVisible();
    await expect(page.locator('main')).toContainText('CC BY 4.0');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'auto');
  });
});

test.describe('images', () => {
  test('figure PNGs are 2× their standalone SVG and social cards are 1200×630', async ({ request }) => {
    for (const id of FIGURE_IDS) {
      const response = await request.get(`/figures/${id}.png`);
      expect(response.ok(), `/figures/${id}.png`).toBe(true);
      expect(response.headers()['content-type']).toContain('image/png');
      const size = readPngSize(new Uint8Array(await response.body()));
      const svg = await request.get(`/figures/${id}.svg`);
      if (svg.ok()) {
        const root = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(await svg.text());
        expect(root, `/figures/${id}.svg has width and height`).not.toBeNull();
        expect(size).toEqual({ width: Math.round(Number(root![1]) * 2), height: Math.round(Number(root![2]) * 2) });
      } else {
        expect(size.width, id).toBeGreaterThanOrEqual(1000);
        expect(size.width % 2, id).toBe(0);
      }
    }
    const cards = [
      'site',
      ...['border', 'offices', 'labour', 'goods', 'fairs', 'logistics', 'strategy'].map((c) => `chapter-${c}`),
      ...FIGURE_IDS.map((f) => `figure-${f}`),
    ];
    for (const name of cards) {
      const response = await request.get(`/social/${name}.png`);
      expect(response.ok(), `/social/${name}.png`).toBe(true);
      expect(readPngSize(new Uint8Array(await response.body())), name).toEqual({ width: 1200, height: 630 });
    }
  });

  test('embed pages point og:image at their figure card', async ({ page, request }) => {
    for (const id of FIGURE_IDS) {
      await page.goto(`/embed/${id}/`);
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(image).toMatch(new RegExp(`/social/figure-${id}\\.png$`));
      expect((await request.get(new URL(image!).pathname)).ok()).toBe(true);
    }
  });
});

test.describe('embed weight and speed', () => {
  test('each embed page: bytes by type and load time (written to test-results/embed-metrics.json)', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const rows: ({ id: FigureId; js: number; loadMs: number } & Record<string, number | string>)[] = [];
    for (const id of FIGURE_IDS) {
      await page.goto(`/embed/${id}/`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      const metrics = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        // "Initial" = requested before DOMContentLoaded; the map's MapLibre chunks come later, on demand.
        const initial = resources.filter((r) => r.startTime < nav.domContentLoadedEventEnd);
        const lazy = resources.filter((r) => r.startTime >= nav.domContentLoadedEventEnd);
        const bytes = (list: PerformanceResourceTiming[], pattern: RegExp) =>
          list.filter((r) => pattern.test(new URL(r.name).pathname)).reduce((total, r) => total + r.encodedBodySize, 0);
        return {
          html: nav.encodedBodySize,
          css: bytes(initial, /\.css$/),
          js: bytes(initial, /\.m?js$/),
          other: bytes(initial, /^(?!.*\.(css|m?js)$)/),
          lazy: bytes(lazy, /./),
          requests: resources.length + 1,
          domContentLoadedMs: Math.round(nav.domContentLoadedEventEnd),
          loadMs: Math.round(nav.loadEventEnd),
        };
      });
      rows.push({ id, ...metrics });
    }
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/embed-metrics.json', JSON.stringify(rows, null, 2));
    console.table(rows);
    for (const row of rows) {
      expect(row.js, `${row.id}: initial JS bytes`).toBeLessThan(40_000);
      expect(row.loadMs, `${row.id}: load time`).toBeLessThan(3_000);
    }
    expect(rows).toHaveLength(FIGURE_IDS.length);
  });
});

test.describe('embed code on the figures page', () => {
  // Needs <EmbedCode> inserted in src/pages/figures/index.astro (see the embeds report).
  test('copy button copies the iframe snippet with title and host script, and confirms', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
    await page.goto('/figures/');
    const block = page.locator('[data-embed-code]').filter({ has: page.locator('textarea[id$="-labour-claims"]') });
    await expect(block).toHaveCount(1);
    await block.locator('summary').click();
    const field = block.getByRole('textbox', { name: /Embed code for/ });
    await expect(field).toHaveAttribute('readonly', '');
    const snippet = await field.inputValue();
    expect(snippet).toMatch(/^<iframe src="https?:\/\/[^"]+\/embed\/labour-claims\/" title="[^"]+"/);
    expect(snippet).toContain('<script async src=');
    const button = block.getByRole('button', { name: 'Copy embed code' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(block.getByRole('status')).toHaveText('Embed code copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('the snippet is in a read-only text field and the copy button stays hidden', async ({ page }) => {
      await page.goto('/figures/');
      const block = page.locator('[data-embed-code]').first();
      await block.locator('summary').click();
      await expect(block.locator('textarea')).toHaveValue(/<iframe src=/);
      await expect(block.getByRole('button', { name: 'Copy embed code' })).toBeHidden();
    });
  });
});
