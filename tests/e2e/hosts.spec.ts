/**
 * Embeds in the hosts journalists paste them into, each on another origin (a node:http server on a
 * random port), with every figure on one host page:
 * - WordPress: the iframe exactly as wp_filter_oembed_result writes it for a provider off its
 *   allow-list (sandbox="allow-scripts": an opaque origin), and WordPress' own wp-embed.js from
 *   Debian's package;
 * - Ghost: oEmbed discovery with @extractus/oembed-extractor (what Ghost uses), the html in an
 *   embed card as Ghost renders it (scripts kept, so our host script sizes the frames);
 * - an AMP-style host (amp-iframe's embed-size message) and an Embedly-style iframe.resize host.
 * At 320, 375 and 800 px, light and dark, every iframe must end as tall as its content (±2 px),
 * within WordPress' 1,000 px cap, with no console error in the host or the frames.
 * The heights go to test-results/host-heights.json.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { extract } from '@extractus/oembed-extractor';
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './guards.ts';
import { ORIGIN } from '../../scripts/chromium.ts';
import { FIGURE_IDS, type FigureId } from '../../src/lib/vocabulary.ts';
import type { OembedRich } from '../../src/lib/embed/oembed.ts';
import { HOST_HEIGHT_CAP } from '../../src/lib/embed/fold.ts';
import { loadWordPress, wpFilterOembedResult } from './hosts/wordpress.ts';

const WIDTHS = [320, 375, 800] as const;
const THEMES = ['light', 'dark'] as const;
type HostKind = 'wordpress' | 'ghost' | 'amp' | 'iframe-resize';
type Row = { host: HostKind; theme: string; width: number; id: FigureId; content: number; iframe: number };
const rows: Row[] = [];

let server: Server;
let hostOrigin = '';
let body = '';

test.beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/host-heights.json', JSON.stringify(rows, null, 2));
});

async function oembedFor(request: import('@playwright/test').APIRequestContext, id: FigureId): Promise<OembedRich> {
  const response = await request.get(`/oembed/${id}.json`);
  expect(response.ok(), `/oembed/${id}.json`).toBe(true);
  return (await response.json()) as OembedRich;
}

/** oEmbed html names the production origin (Astro.site); the test serves it from the preview server. */
function toLocal(html: string, siteOrigin: string): string {
  return html.split(siteOrigin).join(ORIGIN);
}

function hostPage(title: string, cards: string[], script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{margin:0;font:16px/1.5 serif}p{margin:0 0 1em}figure{margin:0 0 1em}iframe{display:block;border:0;max-width:100%}</style></head>
<body><main><h1>${title}</h1>${cards.map((card) => `<p>A paragraph of the article.</p>\n${card}`).join('\n')}
<p>The end of the article.</p></main>${script}</body></html>`;
}

function frameOf(page: Page, id: FigureId): Frame {
  const frame = page.frames().find((f) => f.url().startsWith(`${ORIGIN}/embed/${id}/`));
  if (!frame) throw new Error(`no frame for /embed/${id}/`);
  return frame;
}

async function contentHeight(page: Page, id: FigureId): Promise<number> {
  return frameOf(page, id).evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
}

/** Waits until every iframe is as tall as its content, then records the heights. */
async function expectSized(page: Page, host: HostKind, theme: string, width: number): Promise<void> {
  for (const id of FIGURE_IDS) {
    const iframe = page.locator(`iframe[src^="${ORIGIN}/embed/${id}/"]`);
    await expect(iframe).toHaveCount(1);
    // As a reader scrolls to it: Chromium does not lay out cross-origin frames far off screen.
    await iframe.scrollIntoViewIfNeeded();
    await expect
      .poll(async () => Math.abs((await iframe.evaluate((el) => el.clientHeight)) - (await contentHeight(page, id))), {
        message: `${host} ${theme} ${width}px ${id}: iframe height − content height`,
        timeout: 15_000,
      })
      .toBeLessThanOrEqual(2);
    const content = await contentHeight(page, id);
    const frameHeight = await iframe.evaluate((el) => el.clientHeight);
    expect(content, `${host} ${theme} ${width}px ${id}: content within ${HOST_HEIGHT_CAP} px`).toBeLessThanOrEqual(
      HOST_HEIGHT_CAP,
    );
    expect(await iframe.evaluate((el) => el.getBoundingClientRect().width)).toBe(width);
    rows.push({ host, theme, width, id, content, iframe: frameHeight });
  }
}

/** Loads the host page in each theme (the embeds follow the reader's colour scheme) at each width. */
async function checkHost(page: Page, host: HostKind, html: string, extra?: (page: Page) => Promise<void>) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${host}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${host}: ${error.message}`));
  body = html;
  const started = Date.now();
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    await page.setViewportSize({ width: WIDTHS[0], height: 800 });
    await page.goto(`${hostOrigin}/${host}/`);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await expectSized(page, host, theme, width);
    }
    const background = await frameOf(page, 'timeline').evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background, `${host}: the embed follows the ${theme} scheme`).toBe(
      theme === 'dark' ? 'rgb(20, 20, 20)' : 'rgb(253, 252, 249)',
    );
    if (extra) await extra(page);
    console.log(`${host} ${theme}: sized in ${Date.now() - started} ms`);
  }
  expect(errors).toEqual([]);
}

test.describe('embeds in other hosts', () => {
  test.describe.configure({ timeout: 240_000 });

  test('WordPress: the iframe as its oEmbed filter writes it, sized by its own wp-embed.js', async ({
    page,
    request,
  }) => {
    const { wpEmbedJs, embedPhp } = loadWordPress();
    // The filter below is a port of this PHP: if Debian's WordPress changes it, this fails first.
    for (const line of [
      "preg_match( '|(<blockquote>.*?</blockquote>)?.*(<iframe.*?></iframe>)|ms', $html, $content );",
      '$url = esc_url( "{$results[2]}#?secret=$secret" );',
      `$html = str_replace( '<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"', $html );`,
      `$html = str_ireplace( '<iframe', '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"', $html );`,
    ])
      expect(embedPhp, 'wp_filter_oembed_result as ported in tests/e2e/hosts/wordpress.ts').toContain(line);
    expect(wpEmbedJs).toContain("if ( 'height' === data.message )");

    const cards: string[] = [];
    for (const [index, id] of FIGURE_IDS.entries()) {
      const doc = await oembedFor(request, id);
      // wp_generate_password( 10, false ): ten letters and digits.
      const secret = `wpSecret${String(index).padStart(2, '0')}`;
      const filtered = wpFilterOembedResult(toLocal(doc.html, new URL(doc.provider_url).origin), secret);
      expect(filtered, id).not.toBe(false);
      const html = filtered as string;
      expect(html, `${id}: WordPress keeps a blockquote and a sandboxed iframe, nothing else`).toMatch(
        /^<blockquote class="wp-embedded-content" data-secret="\w+"><a href="[^"]+">[^<]+<\/a> \(Tumen\)<\/blockquote><iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect\(1px, 1px, 1px, 1px\);" src="[^"]+#\?secret=\w+" data-secret="\w+" title="[^"]+" width="100%" height="\d+"><\/iframe>$/,
      );
      cards.push(
        `<figure class="wp-block-embed is-type-rich is-provider-tumen wp-block-embed-tumen"><div class="wp-block-embed__wrapper">\n${html}\n</div></figure>`,
      );
    }
    await checkHost(
      page,
      'wordpress',
      hostPage('A WordPress post', cards, `<script>${wpEmbedJs}</script>`),
      async () => {
        // Once a frame reports, wp-embed.js hides the blockquote and shows the frame.
        await expect(page.locator('blockquote.wp-embedded-content:visible')).toHaveCount(0);
        await expect(page.locator('iframe.wp-embedded-content[style]')).toHaveCount(0);
      },
    );

    // A folded chart unfolds on request and the frame grows with it (up to WordPress' cap).
    await page.setViewportSize({ width: 375, height: 800 });
    const iframe = page.locator(`iframe[src^="${ORIGIN}/embed/labour-claims/"]`);
    await iframe.scrollIntoViewIfNeeded();
    await expect
      .poll(async () =>
        Math.abs((await iframe.evaluate((el) => el.clientHeight)) - (await contentHeight(page, 'labour-claims'))),
      )
      .toBeLessThanOrEqual(2);
    const folded = await iframe.evaluate((el) => el.clientHeight);
    const toggle = frameOf(page, 'labour-claims').getByRole('button', { name: /Show the whole chart/ });
    await toggle.click();
    await expect.poll(() => iframe.evaluate((el) => el.clientHeight)).toBeGreaterThan(folded);
    await expect(frameOf(page, 'labour-claims').getByRole('button', { name: 'Show less' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  test("Ghost: discovery with @extractus/oembed-extractor, the html in Ghost's embed card", async ({
    page,
    request,
  }) => {
    const siteOrigin = new URL((await oembedFor(request, 'map')).provider_url).origin;
    // The journalist pastes the public address; the fetcher sends it to the preview server instead.
    const fetcher = (url: string) => fetch(url.split(siteOrigin).join(ORIGIN));
    const cards: string[] = [];
    for (const id of FIGURE_IDS) {
      const data = (await extract(`${siteOrigin}/embed/${id}/`, {}, fetcher)) as Record<string, unknown>;
      expect(data.method, id).toBe('auto-discovery');
      // Ghost keeps a rich result only with html, width and height; otherwise it makes a bookmark card.
      expect(data.type, id).toBe('rich');
      expect(typeof data.html, id).toBe('string');
      expect(Number.isInteger(data.width) && Number.isInteger(data.height), id).toBe(true);
      expect(String(data.thumbnail_url), id).toMatch(/^https?:\/\/.+\.png$/);
      cards.push(`<figure class="kg-card kg-embed-card">${toLocal(String(data.html), siteOrigin)}</figure>`);
    }
    await checkHost(page, 'ghost', hostPage('A Ghost post', cards), async () => {
      // Our host script hides the fallback link once its frame reports.
      await expect(page.locator('blockquote[data-tumen-fallback]:visible')).toHaveCount(0);
    });
  });

  test("an AMP-style host: amp-iframe's embed-size message", async ({ page }) => {
    const cards = FIGURE_IDS.map(
      (id) =>
        `<iframe src="${ORIGIN}/embed/${id}/" title="${id}" width="100%" height="400" sandbox="allow-scripts allow-same-origin" resizable></iframe>`,
    );
    // What amp-iframe does with the message, for frames marked resizable.
    const amp = `<script>addEventListener('message', function (e) {
      var d = e.data; if (!d || d.sentinel !== 'amp' || d.type !== 'embed-size') return;
      document.querySelectorAll('iframe[resizable]').forEach(function (f) {
        if (f.contentWindow === e.source) f.height = String(Math.round(Number(d.height)));
      });
    });</script>`;
    await checkHost(page, 'amp', hostPage('An AMP article', cards, amp));
  });

  test('an iframe.resize host (Embedly style: a JSON string with src, context and height)', async ({ page }) => {
    const cards = FIGURE_IDS.map(
      (id) => `<iframe src="${ORIGIN}/embed/${id}/" title="${id}" width="100%" height="400"></iframe>`,
    );
    const resize = `<script>addEventListener('message', function (e) {
      var d; try { d = JSON.parse(e.data); } catch (err) { return; }
      if (!d || d.context !== 'iframe.resize') return;
      document.querySelectorAll('iframe').forEach(function (f) {
        if (f.contentWindow === e.source && f.src === d.src) f.height = String(Math.round(Number(d.height)));
      });
    });</script>`;
    await checkHost(page, 'iframe-resize', hostPage('An article on an Embedly-style host', cards, resize));
  });
});

test('every embed page and the figures page carry Open Graph and Twitter card tags for bookmark cards', async ({
  page,
  request,
}) => {
  for (const path of [...FIGURE_IDS.map((id) => `/embed/${id}/`), '/figures/']) {
    await page.goto(path);
    for (const property of ['og:title', 'og:description', 'og:url', 'og:image', 'og:site_name']) {
      const value = await page.locator(`meta[property="${property}"]`).getAttribute('content');
      expect(value?.trim(), `${path} ${property}`).toBeTruthy();
    }
    await expect(page.locator('meta[name="twitter:card"]'), path).toHaveAttribute('content', 'summary_large_image');
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect((await request.get(new URL(image!).pathname)).ok(), `${path} og:image`).toBe(true);
    expect(await page.locator('meta[name="twitter:image"]').getAttribute('content')).toBe(image);
  }
});
