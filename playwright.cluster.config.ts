import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './e2e/env';
import { EDGE } from './e2e/cluster/harness';

// The cluster suite (npm run test:cluster): the scale-out topology started by the spec itself (two instances on
// PostgreSQL, a Redis of its own, the nginx edge), one test at a time. scripts/test-cluster.ts prepares the database.
export default defineConfig({
  testDir: 'e2e/cluster',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: 'test-results/cluster',
  use: {
    baseURL: EDGE,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
});
