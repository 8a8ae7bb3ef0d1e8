import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, e2eEnv, E2E_PORT, INDEXNOW_RECEIVER_PORT } from './e2e/env';

const nextBin = path.resolve(import.meta.dirname, 'node_modules/next/dist/bin/next');

// End-to-end tests run against the production build (`next build && next start`) on a freshly migrated and
// seeded database that scripts/e2e.ts prepares, in Debian's Chromium.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
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
      command: `node ${nextBin} start --port ${E2E_PORT} --hostname 127.0.0.1`,
      url: `http://127.0.0.1:${E2E_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: e2eEnv() as Record<string, string>,
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
