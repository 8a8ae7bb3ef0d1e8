import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, e2eEnv, E2E_PORT, INDEXNOW_RECEIVER_PORT } from './e2e/env';

const serverEntry = path.resolve(import.meta.dirname, 'server.mjs');

// End-to-end tests run against the production build (`next build && next start`) on a freshly migrated and
// seeded database that scripts/e2e.ts prepares, in Debian's Chromium.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // The cluster suite has its own topology and configuration (playwright.cluster.config.ts).
  testIgnore: 'cluster/**',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      // The test runner stands in for a reverse proxy (TRUSTED_PROXIES): each browser context names its own client
      // address in X-Forwarded-For. e2e/admin/client-address.spec.ts starts a server that trusts nobody.
      command: `node ${serverEntry} --port ${E2E_PORT} --hostname 127.0.0.1`,
      url: `http://127.0.0.1:${E2E_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ...e2eEnv(), TRUSTED_PROXIES: '127.0.0.1' } as Record<string, string>,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // Where the site sends IndexNow pings (e2e/indexnow-receiver.mjs).
      command: `node ${path.resolve(import.meta.dirname, 'e2e/indexnow-receiver.mjs')} ${INDEXNOW_RECEIVER_PORT}`,
      url: `http://127.0.0.1:${INDEXNOW_RECEIVER_PORT}/`,
      reuseExistingServer: false,
      timeout: 10_000,
    },
  ],
});
