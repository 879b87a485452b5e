/**
 * A Playwright `test` that watches every page it opens: any request to a host other than the
 * local preview server fails the test, as does an uncaught page error. Specs import { test, expect } from here.
 */
import { test as base, expect, type Page } from '@playwright/test';

export type ForeignRequestLog = { urls: string[] };

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

export function isForeign(url: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'about:') return false;
  return !LOCAL_HOSTS.has(parsed.hostname);
}

/** Records foreign requests on a page (and aborts them, so nothing actually leaves the machine). */
export async function watchForeignRequests(page: Page): Promise<ForeignRequestLog> {
  const log: ForeignRequestLog = { urls: [] };
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (isForeign(url)) {
      log.urls.push(url);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  return log;
}

export const test = base.extend<{ foreignRequests: ForeignRequestLog; pageErrors: string[] }>({
  foreignRequests: [
    async ({ page }, use) => {
      const log = await watchForeignRequests(page);
      await use(log);
      expect(log.urls, 'requests left 127.0.0.1').toEqual([]);
    },
    { auto: true },
  ],
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
