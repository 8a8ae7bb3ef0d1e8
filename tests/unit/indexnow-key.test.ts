import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The IndexNow key: from INDEXNOW_KEY, or made once and kept in data/indexnow-key.

const load = async () => {
  vi.resetModules();
  return import('@/lib/indexnow/key');
};

afterEach(() => {
  delete process.env.INDEXNOW_KEY;
});

describe('the IndexNow key', () => {
  it('comes from INDEXNOW_KEY, which must be lower case (the proxy lower-cases other addresses)', async () => {
    process.env.INDEXNOW_KEY = 'newsroom-key-2026';
    const key = await load();
    expect(key.indexNowKey()).toBe('newsroom-key-2026');
    expect(key.isIndexNowKey('newsroom-key-2026')).toBe(true);
    expect(key.isIndexNowKey('another-key-2026')).toBe(false);
    process.env.INDEXNOW_KEY = 'Newsroom-Key';
    expect((await load()).indexNowKey).toThrow(/lower-case/);
  });

  it('is made once and kept when none is configured', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-key-'));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const first = (await load()).indexNowKey();
      expect(first).toMatch(/^[a-f0-9]{32}$/);
      expect(fs.readFileSync(path.join(dir, 'data/indexnow-key'), 'utf8')).toBe(first);
      expect((await load()).indexNowKey()).toBe(first);
    } finally {
      process.chdir(cwd);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
