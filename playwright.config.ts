import { defineConfig } from '@playwright/test';
import { BASE_FLAGS, CHROME_PATH, ORIGIN, WEBGL_FLAGS } from './scripts/chromium.ts';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: ORIGIN,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROME_PATH, args: [...BASE_FLAGS, ...WEBGL_FLAGS] },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    // Build once, then serve dist/ exactly as a static host would.
    command: 'npm run build && npm run preview -- --ignore-lock',
    url: `${ORIGIN}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
