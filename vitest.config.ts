import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // Domain code tags its cache entries; outside Next's renderer those calls are no-ops (tests/support).
      'next/cache': path.resolve(import.meta.dirname, 'tests/support/next-cache.ts'),
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Integration tests run against one freshly migrated database (SQLite file, or PostgreSQL by DATABASE_URL).
    globalSetup: ['tests/integration/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
