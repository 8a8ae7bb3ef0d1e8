import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startEdge, writeEdgeConfig } from '../../scripts/cluster/edge';

// The edge cache's own rules (deploy/nginx/dateline-edge.conf), against nginx in front of a stand-in instance whose
// answers the test chooses: what a purge drops, what it never stores, and that a restarted edge does not serve what
// an earlier one left on disk.
test.describe.configure({ mode: 'serial' });

const EDGE_PORT = Number(process.env.CLUSTER_E2E_EDGE_PORT ?? 8180) + 10;
const APP_PORT = Number(process.env.CLUSTER_E2E_APP_PORT ?? 3301) + 10;
const EDGE = `http://127.0.0.1:${EDGE_PORT}`;
const runDir = path.resolve(import.meta.dirname, '../../data/cluster-e2e/edge-rules');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the stand-in instance answers: the page's words, and whether it marks the answer out of date. */
const app = { words: 'first edition', outdated: false };
const server = http.createServer((_, res) => {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 's-maxage=60');
  if (app.outdated) res.setHeader('X-Dateline-Outdated', '1');
  res.end(`<!doctype html><p>${app.words}</p>`);
});
let edge: ChildProcess | null = null;

async function startTheEdge() {
  edge = startEdge(runDir);
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${EDGE}/`, { method: 'HEAD' }).then(() => true, () => false)) return;
    await sleep(50);
  }
  throw new Error('the edge did not start');
}
async function stopTheEdge() {
  const child = edge;
  edge = null;
  if (!child || child.exitCode !== null) return;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGQUIT');
  });
}
const read = async (address: string) => {
  const response = await fetch(`${EDGE}${address}`);
  return { words: /<p>(.*)<\/p>/.exec(await response.text())?.[1], cache: response.headers.get('x-cache'), outdated: response.headers.get('x-dateline-outdated') };
};
const purge = () => fetch(`http://127.0.0.1:${EDGE_PORT + 1}/purge`, { method: 'POST' });

test.beforeAll(async () => {
  fs.rmSync(runDir, { recursive: true, force: true });
  await new Promise<void>((resolve) => server.listen(APP_PORT, '127.0.0.1', resolve));
  writeEdgeConfig({ runDir, edgePort: EDGE_PORT, purgePort: EDGE_PORT + 1, upstreams: [{ port: APP_PORT }] });
  await startTheEdge();
});
test.afterAll(async () => {
  await stopTheEdge();
  server.close();
});
test.beforeEach(() => {
  app.words = 'first edition';
  app.outdated = false;
});

test('a page is kept until a purge, then fetched again', async () => {
  expect(await read('/purged')).toMatchObject({ words: 'first edition', cache: 'MISS' });
  app.words = 'second edition';
  expect(await read('/purged')).toMatchObject({ words: 'first edition', cache: 'HIT' });
  await purge();
  expect(await read('/purged')).toMatchObject({ words: 'second edition', cache: 'MISS' });
});

test('a page an instance marks out of date is answered but never stored, and the mark stays inside', async () => {
  app.outdated = true;
  expect(await read('/outdated')).toEqual({ words: 'first edition', cache: 'MISS', outdated: null });
  app.outdated = false;
  app.words = 'second edition';
  expect(await read('/outdated')).toMatchObject({ words: 'second edition', cache: 'MISS' });
  expect(await read('/outdated')).toMatchObject({ words: 'second edition', cache: 'HIT' });
});

test('a restarted edge, purged as often as the one before it, does not serve what that one stored', async () => {
  // Before: the purge generation counted from 0 in every nginx, so the restarted edge's keys named the entries its
  // predecessor had left on disk after as many purges, and served them as fresh.
  await read('/restarted');
  await stopTheEdge();
  await startTheEdge();
  app.words = 'second edition';
  expect(await read('/restarted')).toMatchObject({ words: 'second edition', cache: 'MISS' });
  for (let i = 0; i < 3; i++) {
    await purge();
    expect((await read('/restarted')).words).toBe('second edition');
  }
});
