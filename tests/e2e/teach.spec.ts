/**
 * The lesson kit: every link on /teach/ and on each chapter pack resolves to a page and an anchor
 * that exist; each step has a snapshot with alt text and a working copy-link button; print
 * emulation in a dark OS theme still prints light with full URLs and no copy buttons; "Cite this"
 * carries the dataset version wherever it appears.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { test, expect } from './guards.ts';
import { ORIGIN } from '../../scripts/chromium.ts';

const DATASET_VERSION = (JSON.parse(readFileSync('content/data/meta.json', 'utf8')) as { version: string }).version;
const CHAPTER_IDS = ['border', 'offices', 'labour', 'goods', 'fairs', 'logistics', 'strategy'];
/** Every <Step> in the chapters: the kit shows one snapshot for each. */
const STEP_COUNT = readdirSync('content/chapters')
  .filter((name) => name.endsWith('.mdx'))
  // One kit card per step as educators know it; a phone-sized part (labour-5b) shares its step's card.
  .reduce(
    (count, name) =>
      count + (readFileSync(`content/chapters/${name}`, 'utf8').match(/<Step\s+id="[a-z-]+-\d+"/g) ?? []).length,
    0,
  );

test('every link on the teaching pages resolves, anchors included', async ({ page }) => {
  const pageCache = new Map<string, string>();
  const problems: string[] = [];
  for (const kitPath of ['/teach/', ...CHAPTER_IDS.map((id) => `/teach/${id}/`)]) {
    await page.goto(kitPath);
    const hrefs = await page
      .locator('.teach-kit a[href]')
      .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href') ?? ''))]);
    expect(hrefs.length).toBeGreaterThan(10);
    for (const href of hrefs) {
      if (/^https?:/.test(href)) continue; // other sites are never fetched from tests
      const resolved = new URL(href, `http://x${kitPath}`);
      const targetPath = resolved.pathname;
      if (!pageCache.has(targetPath)) {
        const response = await page.request.get(targetPath);
        if (response.status() !== 200) problems.push(`${kitPath}: ${href} answers ${response.status()}`);
        pageCache.set(targetPath, response.status() === 200 ? await response.text() : '');
      }
      const anchor = decodeURIComponent(resolved.hash.slice(1));
      if (anchor && !pageCache.get(targetPath)!.includes(`id="${anchor}"`))
        problems.push(`${kitPath}: ${href}: no element with id "${anchor}"`);
    }
  }
  expect(problems).toEqual([]);
});

test('each chapter has its link, summary, reading time, three questions and key terms in the glossary', async ({
  page,
}) => {
  await page.goto('/teach/');
  const chapters = page.locator('.kit-chapter');
  await expect(chapters).toHaveCount(CHAPTER_IDS.length);
  for (const id of CHAPTER_IDS) {
    const chapter = page.locator(`section.kit-chapter#${id}`);
    await expect(chapter.getByRole('link', { name: new RegExp(`/#${id}$`) })).toHaveAttribute('href', `/#${id}`);
    await expect(chapter.locator('.kit-chapter__kicker')).toHaveText(/about \d+ min to read · \d+ steps/);
    await expect(chapter.locator('.kit-chapter__summary')).not.toBeEmpty();
    await expect(chapter.locator('.kit-questions > li')).toHaveCount(3);
    const termLinks = await chapter
      .locator('.kit-terms a')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    expect(termLinks.length).toBeGreaterThan(0);
    for (const href of termLinks) await expect(page.locator(`dt${href}`)).toHaveCount(1);
  }
});

test('every step has a snapshot with alt text and size, and the copy button copies its absolute URL', async ({
  page,
  context,
}) => {
  const origin = test.info().project.use.baseURL ?? ORIGIN;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.goto('/teach/');
  const images = page.locator('.kit-steps img');
  await expect(images).toHaveCount(STEP_COUNT);
  const attributes = await images.evaluateAll((imgs) =>
    imgs.map((img) => ({
      src: img.getAttribute('src'),
      alt: img.getAttribute('alt') ?? '',
      width: img.getAttribute('width'),
      height: img.getAttribute('height'),
      loading: img.getAttribute('loading'),
    })),
  );
  for (const image of attributes) {
    expect(image.src).toMatch(/^\/snapshots\/[a-z]+-\d+\.svg$/);
    expect(image.alt).toMatch(/^(Map|Chart): /);
    expect(Number(image.width)).toBeGreaterThan(100);
    expect(Number(image.height)).toBeGreaterThan(100);
    expect(image.loading).toBe('lazy');
  }
  const snapshot = await page.request.get(attributes[0]!.src!);
  expect(snapshot.headers()['content-type']).toContain('image/svg+xml');

  const copy = page.getByRole('button', { name: 'Copy link to Labour, step 6' });
  await copy.focus();
  await page.keyboard.press('Enter');
  const expected = `${origin}/#labour-6`;
  await expect(page.locator('[data-page-copy-status]')).toHaveText(`Link copied: ${expected}`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
});

test('the exercise shows real disagreeing claims, with an answer key linking to claims and sources', async ({
  page,
}) => {
  await page.goto('/teach/');
  const alabuga = page.locator('#exercise-alabuga-workers');
  await expect(alabuga).toContainText('25,000 workers');
  await expect(alabuga).toContainText('about 12,000 workers');
  await expect(alabuga).toContainText('HUR');
  const key = page.locator('#answer-key');
  await key.getByText('Show the answers').click();
  await expect(key.getByRole('link', { name: 't33' })).toHaveAttribute('href', '/data/#claim-t33');
  await expect(key.getByText(/^An interested party: Ukraine/).first()).toBeVisible();
  await expect(key.getByText(/^An anonymous source: /).first()).toBeVisible();
  await expect(key.locator('a[href^="/sources/#S"]').first()).toBeVisible();
});

test.describe('print', () => {
  test('a dark-theme reader still prints a light page with full URLs and no copy buttons', async ({ page }) => {
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    for (const kitPath of ['/teach/', '/teach/labour/']) {
      await page.goto(kitPath);
      const darkBackgrounds = await page.evaluate(() => {
        const luminance = (colour: string) => {
          const [r = 0, g = 0, b = 0, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
          return { value: (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255, alpha: colour.startsWith('rgba') ? a : 1 };
        };
        const found: string[] = [];
        for (const element of [document.documentElement, document.body, ...document.querySelectorAll('main *')]) {
          const style = getComputedStyle(element);
          if (style.display === 'none') continue;
          const { value, alpha } = luminance(style.backgroundColor);
          if (alpha > 0.1 && value < 0.6)
            found.push(`${element.tagName.toLowerCase()}.${element.className}: ${style.backgroundColor}`);
        }
        return found;
      });
      expect(darkBackgrounds, kitPath).toEqual([]);
      const body = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(body).toMatch(/^rgb\((2[3-5]\d), (2[3-5]\d), (2[3-5]\d)\)$/);
      const printedUrl = await page
        .locator('.kit-questions a[data-print-url]')
        .first()
        .evaluate((link) => getComputedStyle(link, '::after').content);
      expect(printedUrl).toMatch(/^" \(https?:\/\/[^)]+\/#[a-z]+-\d+\)"$/);
      const visibleButtons = await page
        .locator('.teach-kit button')
        .evaluateAll((buttons) => buttons.filter((button) => getComputedStyle(button).display !== 'none').length);
      expect(visibleButtons).toBe(0);
    }
  });
});

test('"Cite this" carries the dataset version on the kit, the story, the figures and the data page', async ({
  page,
}) => {
  await page.goto('/teach/');
  const kitCitation = page.locator('[data-cite-this="page"]');
  await kitCitation.locator('summary').click();
  await expect(kitCitation.locator('pre').first()).toContainText(`Dataset version ${DATASET_VERSION}`);
  await expect(kitCitation.locator('pre').nth(1)).toContainText(`version = {${DATASET_VERSION}}`);

  await page.goto('/data/');
  const datasetCitation = page.locator('[data-cite-this="dataset"]');
  await datasetCitation.locator('summary').click();
  await expect(datasetCitation.getByText('CSL-JSON', { exact: true })).toBeVisible();
  await expect(datasetCitation).toContainText(`"version": "${DATASET_VERSION}"`);
  await expect(datasetCitation).toContainText(`(Version ${DATASET_VERSION}) [Data set]`);

  await page.goto('/figures/');
  await expect(page.locator('[data-cite-this="figure"]')).toHaveCount(8);
  await expect(page.locator('#trade-fairs [data-cite-this="figure"] pre').first()).toContainText(DATASET_VERSION, {
    useInnerText: false,
  });

  await page.goto('/#labour');
  const chapterCitation = page.locator('#labour [data-cite-this="chapter"]');
  await chapterCitation.locator('summary').click();
  await expect(chapterCitation.locator('pre').first()).toContainText(`Labour [Chapter]`);
  await expect(chapterCitation.locator('pre').first()).toBeVisible();

  const story = await page.request.get('/');
  const storyHtml = await story.text();
  expect(storyHtml.match(/data-cite-this="chapter"/g)).toHaveLength(CHAPTER_IDS.length);
  expect(storyHtml).toContain(`Dataset version ${DATASET_VERSION}`);
});
