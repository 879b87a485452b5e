import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './guards.ts';

type StepInfo = { id: string; figure: string };

async function stepsOnPage(page: Page): Promise<StepInfo[]> {
  return page.$$eval('[data-step]', (elements) =>
    elements.map((element) => ({
      id: element.id,
      figure: (JSON.parse((element as HTMLElement).dataset.state ?? '{}') as { figure: string }).figure,
    })),
  );
}

const graphic = (page: Page) => page.locator('[data-story-graphic]');

test.describe('the story', () => {
  test('scrolling to a step puts the graphic in that step’s state', async ({ page }) => {
    await page.goto('/');
    const steps = await stepsOnPage(page);
    expect(steps.length).toBeGreaterThan(14);
    const target = steps.find((step, index) => index > 3 && step.figure !== 'map')!;
    await page.locator(`#${target.id}`).scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 200);
    await expect(graphic(page)).toHaveAttribute('data-active-step', /.+/);
    const activeId = await graphic(page).getAttribute('data-active-step');
    // Whichever step is under the trigger line, the visible panel is the figure it names.
    const activeFigure = steps.find((step) => step.id === activeId)!.figure;
    await expect(page.locator(`[data-panel="${activeFigure}"]`)).toBeVisible();
    await expect(page.locator('[data-panel]:visible')).toHaveCount(1);
  });

  test('a deep link to a step lands there with that step’s graphic, without adding history', async ({ page }) => {
    await page.goto('/');
    const steps = await stepsOnPage(page);
    const target = steps.filter((step) => step.figure !== 'map').at(-1)!;
    await page.goto(`/#${target.id}`);
    await expect(graphic(page)).toHaveAttribute('data-active-step', target.id);
    await expect(page.locator(`[data-panel="${target.figure}"]`)).toBeVisible();
    await expect(page.locator(`#${target.id}`)).toBeInViewport();
    const historyLength = await page.evaluate(() => history.length);
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(400);
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });

  test('a deep link to a chapter applies its first step', async ({ page }) => {
    await page.goto('/#labour');
    await expect(graphic(page)).toHaveAttribute('data-active-step', 'labour-1');
  });

  test('the Next button and arrow keys step through without scrolling by hand', async ({ page }) => {
    await page.goto('/#border-1');
    await expect(graphic(page)).toHaveAttribute('data-active-step', 'border-1');
    // The steps in reading order, parts included (border-1, border-1b, border-2, …).
    const [first, second, third] = (await stepsOnPage(page)).map((step) => step.id);
    expect(first).toBe('border-1');
    await page.getByRole('button', { name: /Next/ }).click();
    await expect(graphic(page)).toHaveAttribute('data-active-step', second!);
    await page.keyboard.press('ArrowDown');
    await expect(graphic(page)).toHaveAttribute('data-active-step', third!);
    await page.keyboard.press('ArrowUp');
    await expect(graphic(page)).toHaveAttribute('data-active-step', second!);
    await expect(page).toHaveURL(new RegExp(`#${second}$`));
  });

  test('keyboard focus on a link inside a step makes that step active, with a visible focus ring', async ({ page }) => {
    await page.goto('/');
    const marker = page.locator('#offices a[data-cite]').first();
    await marker.focus();
    const stepId = await marker.evaluate((element) => element.closest('[data-step]')!.id);
    await expect(graphic(page)).toHaveAttribute('data-active-step', stepId);
    const outline = await marker.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
  });

  test('a footnote card opens on focus and closes on Escape', async ({ page }) => {
    await page.goto('/');
    const marker = page.locator('a[data-cite]').first();
    const claimId = await marker.getAttribute('data-cite');
    await marker.focus();
    const card = page.locator('#cite-popover');
    await expect(card).toBeVisible();
    // The card shows the claim's reference entry: its sources and its attribution badge.
    await expect(card.locator('a[href^="/sources/#S"]').first()).toBeVisible();
    await expect(card.locator('[data-attribution]').first()).toBeVisible();
    await expect(card).toContainText(await page.locator(`#ref-${claimId} .ref__claim`).innerText());
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
  });

  test('following a footnote unfolds the chapter’s references at that entry', async ({ page }) => {
    await page.goto('/');
    const marker = page.locator('#labour a[data-cite]').first();
    const claimId = await marker.getAttribute('data-cite');
    const entry = page.locator(`#ref-${claimId}`);
    await expect(entry).toBeHidden();
    await marker.click();
    await expect(entry).toBeVisible();
    await expect(entry).toBeInViewport();
  });

  test('every chapter ends with references that link to /sources/', async ({ page }) => {
    await page.goto('/');
    const chapters = page.locator('section.chapter');
    expect(await chapters.count()).toBe(7);
    for (const chapter of await chapters.all()) {
      await expect(chapter.locator('.references a[href^="/sources/#S"]').first()).toBeAttached();
    }
  });

  test('reduced motion: the motion toggle reflects the system setting', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    await expect(page.locator('[data-motion-toggle]')).toHaveAttribute('aria-pressed', 'true');
  });

  test('a 375 px phone reads the story without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/#goods-1');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('print shows each step’s static graphic and full reference URLs, not the sticky graphic', async ({ page }) => {
    await page.goto('/');
    // A reader in dark mode still gets a light page on paper.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(graphic(page)).toBeHidden();
    await expect(page.locator('.step__snapshot').first()).toBeVisible();
    await expect(page.locator('.ref__url').first()).toBeVisible();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const channels = background.match(/\d+/g)!.slice(0, 3).map(Number);
    for (const channel of channels) expect(channel).toBeGreaterThan(240);
  });

  test('the story page has no axe-core violations', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`)).toEqual([]);
  });
});

test.describe('the story with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('all chapters, steps and each step’s snapshot are there in reading order', async ({ page }) => {
    await page.goto('/');
    const order = await page.$$eval('section.chapter', (sections) =>
      sections.map((s) => Number((s as HTMLElement).dataset.order)),
    );
    expect(order).toEqual([1, 2, 3, 4, 5, 6, 7]);
    await expect(graphic(page)).toBeHidden();
    const snapshots = page.locator('.step__snapshot img');
    expect(await snapshots.count()).toBe(await page.locator('[data-step]').count());
    await expect(snapshots.first()).toBeVisible();
    const src = await snapshots.first().getAttribute('src');
    const response = await page.request.get(src!);
    expect(response.headers()['content-type']).toContain('image/svg+xml');
    expect(await response.text()).toContain('<svg');
  });
});
