import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { securityHeaders } from '../../lib/security/headers.mjs';
import { NEXT_VARY, startEdge, writeEdgeConfig } from '../../scripts/cluster/edge';

// The edge cache's own rules (deploy/nginx/dateline-edge.conf), against nginx in front of a stand-in instance whose
// answers the test chooses: what a purge drops, what it never stores, and that a restarted edge does not serve what
// an earlier one left on disk.
test.describe.configure({ mode: 'serial' });

const EDGE_PORT = Number(process.env.CLUSTER_E2E_EDGE_PORT ?? 8180) + 10;
const APP_PORT = Number(process.env.CLUSTER_E2E_APP_PORT ?? 3301) + 10;
const EDGE = `http://127.0.0.1:${EDGE_PORT}`;
const runDir = path.resolve(import.meta.dirname, '../../data/cluster-e2e/edge-rules');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the stand-in instance answers: the page's words, whether it marks the answer out of date, extra headers. */
const app = { words: 'first edition', outdated: false, extra: {} as Record<string, string> };
const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 's-maxage=60');
  // Under /reader/, a reader page as the app sends it: its security headers and Next's Vary.
  if (req.url?.startsWith('/reader/')) {
    for (const [name, value] of Object.entries({ ...securityHeaders(req.url), Vary: NEXT_VARY, ...app.extra })) res.setHeader(name, value);
  }
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
const read = async (address: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${EDGE}${address}`, { headers });
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
  app.extra = {};
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

test('a reader page is then served as a file of the static tier, with the app’s headers, in both encodings, until a purge', async () => {
  expect(await read('/reader/tiered')).toMatchObject({ words: 'first edition', cache: 'MISS' });
  app.words = 'second edition';
  // No X-Cache: the static tier answered, not the cache.
  for (const encoding of ['identity', 'gzip']) {
    const response = await fetch(`${EDGE}/reader/tiered`, { headers: { 'Accept-Encoding': encoding } });
    expect(response.headers.get('x-cache')).toBeNull();
    expect(response.headers.get('content-encoding')).toBe(encoding === 'gzip' ? 'gzip' : null);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(response.headers.get('vary')).toBe(`Accept-Encoding, ${NEXT_VARY}`);
    for (const [name, value] of Object.entries(securityHeaders('/reader/tiered'))) expect(response.headers.get(name), name).toBe(value);
    expect(await response.text()).toBe('<!doctype html><p>first edition</p>');
  }
  // A purge replaces the tier (deploy/nginx/tier-rotate reloads nginx): the new edition within a second.
  const purged = Date.now();
  await purge();
  let seen = await read('/reader/tiered');
  while (seen.words !== 'second edition' && Date.now() - purged < 1000) seen = await read('/reader/tiered');
  expect(seen.words, `${Date.now() - purged} ms after the purge`).toBe('second edition');
});

test('the static tier never answers a request with a query, a router header or a newsroom cookie, nor keeps a page with headers of its own', async () => {
  await read('/reader/variants');
  await read('/reader/variants');
  const variants: Record<string, string>[] = [{ rsc: '1' }, { 'next-router-prefetch': '1' }, { cookie: 'dateline.session_token=abc' }];
  for (const headers of variants) {
    expect((await read('/reader/variants', headers)).cache, JSON.stringify(headers)).not.toBeNull();
  }
  expect((await read('/reader/variants?page=2')).cache).not.toBeNull();
  expect((await read('/reader/variants?page=2')).cache).not.toBeNull();
  app.extra = { 'Set-Cookie': 'reader=1' };
  await read('/reader/cookie');
  expect((await read('/reader/cookie')).cache).not.toBeNull();
  app.extra = { Link: '</font.woff2>; rel=preload; as="font"' };
  await read('/reader/link');
  expect((await read('/reader/link')).cache).toBe('HIT');
});
