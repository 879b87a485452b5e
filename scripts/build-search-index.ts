/**
 * Builds the Pagefind search index into <dist>/pagefind/ after `astro build`, offline (the
 * pagefind binary comes from node_modules). Run: `node scripts/build-search-index.ts [dist]`.
 *
 * Which pages are searched, and which parts of them, is decided here rather than with
 * data-pagefind-body attributes scattered over other people's pages:
 * - only the reading pages (story, figures, data, sources, methodology, teaching kit) are indexed;
 *   embeds, social cards, the 404 page and the search page itself are not;
 * - the site header and footer (the same on every page), the story's sticky graphic and per-step
 *   snapshot images (they repeat the data tables of the figures page) are left out, so a hit on
 *   the story page always sits in the prose of one step and the result can link to that step.
 * Fails (exit 1) when indexing reports errors or a page that must be searchable is missing.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Folders (relative to dist) whose index.html is searchable; '' is the story at /. */
export const SEARCHABLE_PAGE_GLOB =
  '{index.html,figures/index.html,data/index.html,sources/index.html,methodology/index.html,teach/**/index.html}';

/** Parts of a page that are the same everywhere or duplicate another page's text. */
export const EXCLUDED_SELECTORS = [
  '.site-header',
  '.site-footer',
  '.skip-link',
  '[data-story-graphic]',
  '.step__snapshot',
  '.step__anchor',
  '.chapter-heading__anchor',
  '.copy-status',
  '[data-search-ui]',
  '.cite-this',
];

/** Files Pagefind writes for its ready-made interfaces, which this site does not load. */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Pages that must be in the index, or the search page would silently miss whole sections. */
const REQUIRED_URLS = ['/', '/figures/', '/data/', '/sources/', '/teach/'];

function directorySize(directory: string): number {
  let total = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const entryPath = path.join(directory, entry.name);
    total += entry.isDirectory() ? directorySize(entryPath) : statSync(entryPath).size;
  }
  return total;
}

async function buildSearchIndex(distDir: string): Promise<void> {
  const problems: string[] = [];
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_SELECTORS, forceLanguage: 'en' });
  problems.push(...errors);
  if (!index) throw new Error(`pagefind: could not create an index:\n${errors.join('\n')}`);
  const indexed = await index.addDirectory({ path: distDir, glob: SEARCHABLE_PAGE_GLOB });
  problems.push(...indexed.errors);
  const { files } = await index.getFiles();
  const fragmentCount = files.filter((file) => file.path.startsWith('fragment/')).length;
  const written = await index.writeFiles({ outputPath: path.join(distDir, 'pagefind') });
  problems.push(...written.errors);
  await pagefind.close();
  // The default UI bundles inject inline styles the CSP forbids; the site uses its own UI (src/components/search/).
  for (const unused of UNUSED_BUNDLE_FILES) rmSync(path.join(distDir, 'pagefind', unused), { force: true });
  // Every indexed page yields one fragment; a required page missing from the glob's matches is a bug.
  const requiredMissing = REQUIRED_URLS.filter(
    (url) => !statSync(path.join(distDir, url, 'index.html'), { throwIfNoEntry: false }),
  );
  if (requiredMissing.length > 0) problems.push(`pages missing from ${distDir}: ${requiredMissing.join(', ')}`);
  if (indexed.page_count < REQUIRED_URLS.length)
    problems.push(`only ${indexed.page_count} pages indexed; expected at least ${REQUIRED_URLS.length}`);
  if (problems.length > 0) {
    console.error(`search index: ${problems.length} problem(s):\n${problems.join('\n')}`);
    process.exit(1);
  }
  const bytes = directorySize(path.join(distDir, 'pagefind'));
  console.log(
    `search index: ${indexed.page_count} pages, ${fragmentCount} fragments, ${(bytes / 1024).toFixed(0)} KB in ${path.join(distDir, 'pagefind')}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildSearchIndex(path.resolve(process.argv[2] ?? 'dist'));
}
