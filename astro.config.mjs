// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import { COMMON_HEADERS } from './scripts/write-headers.ts';

// The site is served from the root of its origin; `site` feeds canonical URLs, oEmbed and
// social cards. Override with TUMEN_SITE when deploying elsewhere.
const site = process.env.TUMEN_SITE ?? 'https://tumen.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // The preview server answers like a static host configured from dist/_headers (CORS for embeds).
  server: { headers: { ...COMMON_HEADERS } },
  integrations: [
    mdx(),
    {
      // dist/_headers: the same CSP as the meta tag, as an HTTP header for static hosts.
      name: 'tumen-headers',
      hooks: {
        'astro:build:done': async ({ dir }) => {
          const { writeHeadersFile } = await import('./scripts/write-headers.ts');
          writeHeadersFile(fileURLToPath(dir));
        },
      },
    },
  ],
  build: {
    // One CSS file per page, never inlined into a <style> that a strict CSP would have to allow.
    inlineStylesheets: 'never',
    format: 'directory',
  },
  // Nothing may be fetched from another origin at run time; prefetch would add inline script.
  prefetch: false,
  devToolbar: { enabled: false },
  vite: {
    build: {
      // The lazily loaded map chunk is large by nature (maplibre-gl); everything else stays small.
      chunkSizeWarningLimit: 1200,
      // Never inline small scripts or assets into HTML: the CSP allows only same-origin files.
      assetsInlineLimit: 0,
      // One stylesheet for the whole site: one render-blocking request per page, cached across pages.
      cssCodeSplit: false,
    },
  },
});
