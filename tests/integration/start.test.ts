import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

// What `npm start` and the database commands do on their own: refuse an unsafe production start, and wait for an
// SQLite file another process is writing instead of failing in the migration engine.

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
const scratch = () => fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-start-'));

describe('starting the site', () => {
  it('refuses a production start without BETTER_AUTH_SECRET and SITE_URL, with one line saying what to set', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
    delete env.BETTER_AUTH_SECRET;
    delete env.SITE_URL;
    const run = spawnSync(process.execPath, [tsx, 'scripts/start.ts'], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('NODE_ENV=production needs BETTER_AUTH_SECRET and SITE_URL');
  });

  it('seeds no demo accounts in production unless asked', () => {
    const dir = scratch();
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', DATABASE_URL: `file:${path.join(dir, 'p.db')}`, MEDIA_DIR: path.join(dir, 'media'), DEMO_ACCOUNTS_FILE: path.join(dir, 'accounts.txt') };
    expect(spawnSync(process.execPath, [tsx, 'scripts/db/migrate.ts'], { cwd: root, env, encoding: 'utf8' }).status).toBe(0);
    const seeded = spawnSync(process.execPath, [tsx, 'prisma/seed/index.ts'], { cwd: root, env, encoding: 'utf8' });
    expect(seeded.status).toBe(0);
    expect(seeded.stdout).not.toContain('Demo newsroom accounts');
    const sqlite = new Database(path.join(dir, 'p.db'), { readonly: true });
    expect((sqlite.prepare('SELECT COUNT(*) AS n FROM User').get() as { n: number }).n).toBe(0);
    sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('waits for an SQLite file another process is writing, saying so, then migrates it', async () => {
    const dir = scratch();
    const file = path.join(dir, 'busy.db');
    const holder = new Database(file);
    holder.exec('BEGIN IMMEDIATE');
    const child = spawn(process.execPath, [tsx, 'scripts/db/migrate.ts'], { cwd: root, env: { ...process.env, DATABASE_URL: `file:${file}` } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
    const until = Date.now() + 30_000;
    while (!output.includes('being written by another process') && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(output).toContain('busy.db is being written by another process');
    holder.exec('ROLLBACK');
    holder.close();
    expect(await exited).toBe(0);
    expect(output).toMatch(/Applied \d+ migration/);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
