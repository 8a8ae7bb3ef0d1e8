import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import NextFileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module (Next imports it unbundled), typed by its use here
import RouteCacheHandler, { OUTDATED_HEADER } from '@/lib/cache/handlers/route-cache.mjs';

// The route cache handler against Next's own cache, through the calls Next makes: a lookup, then (when nothing
// fresh is stored) a render and a store. The race it closes: a page that began rendering before an editor's
// change is stored after it. If a Next upgrade changes the internals the handler builds on, this fails.

type Handler = {
  get(key: string, ctx: { kind: string }): Promise<{ value: unknown; lastModified: number } | null>;
  set(key: string, data: unknown, ctx: { cacheControl: { revalidate: number; expire: number } }): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
};
type HandlerClass = new (ctx: object) => Handler;

const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-route-cache-'));
const cacheContext = {
  fs: {
    existsSync: fs.existsSync,
    readFile: fs.promises.readFile,
    readFileSync: fs.readFileSync,
    writeFile: fs.promises.writeFile,
    mkdir: (dir: string) => fs.promises.mkdir(dir, { recursive: true }),
    stat: fs.promises.stat,
  },
  dev: false,
  flushToDisk: false,
  serverDistDir: distDir,
  revalidatedTags: [],
  maxMemoryCacheSize: 10 * 1024 * 1024,
};

const page = (tag: string, html: string) => ({
  kind: 'APP_PAGE',
  html,
  rscData: undefined,
  headers: { 'x-next-cache-tags': tag } as Record<string, string>,
  postponed: undefined,
  status: 200,
  segmentData: undefined,
});
const lookup = { kind: 'APP_PAGE' };
const lifetime = { cacheControl: { revalidate: 3600, expire: 31_536_000 } };
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

let pages = 0;
/** Renders `/page-N` the way Next does: a lookup that finds nothing, then `during()` mid-render, then the store. */
async function renderStraddling(Cache: HandlerClass, during: (cache: Handler) => Promise<void>) {
  const key = `/page-${++pages}`;
  const tag = `tag-${pages}`;
  const cache = new Cache(cacheContext);
  expect(await cache.get(key, lookup)).toBeNull();
  await tick();
  await during(new Cache(cacheContext));
  await tick();
  const rendered = page(tag, '<p>read before the change</p>');
  await cache.set(key, rendered, lifetime);
  return { key, tag, rendered, stored: await new Cache(cacheContext).get(key, lookup) };
}

describe('the route cache', () => {
  it('does not keep a page whose render began before one of its tags was invalidated', async () => {
    let tag = '';
    const { stored } = await renderStraddling(RouteCacheHandler, async (cache) => {
      tag = `tag-${pages}`;
      await cache.revalidateTag(tag, { expire: 0 });
    });
    expect(tag).not.toBe('');
    // Nothing fresh: Next renders the page again, now reading the changed data.
    expect(stored).toBeNull();
  });

  it('marks the answer of a render that straddled a change, so no edge cache keeps it; others go unmarked', async () => {
    const straddling = await renderStraddling(RouteCacheHandler, async (cache) => cache.revalidateTag(`tag-${pages}`, { expire: 0 }));
    // Next answers the request (and every request that joined its render) from the stored value's headers.
    expect(straddling.rendered.headers).toMatchObject({ [OUTDATED_HEADER]: '1' });
    const untouched = await renderStraddling(RouteCacheHandler, async () => {});
    expect(untouched.rendered.headers).not.toHaveProperty(OUTDATED_HEADER);
  });

  it('keeps a page rendered after the change, and one whose tags nobody invalidated', async () => {
    const untouched = await renderStraddling(RouteCacheHandler, async () => {});
    expect(String((untouched.stored?.value as { html: unknown }).html)).toBe('<p>read before the change</p>');

    const { key, tag } = untouched;
    await new RouteCacheHandler(cacheContext).revalidateTag(tag, { expire: 0 });
    await tick();
    const cache: Handler = new RouteCacheHandler(cacheContext);
    expect(await cache.get(key, lookup)).toBeNull();
    await cache.set(key, page(tag, '<p>read after the change</p>'), lifetime);
    const hit = (await cache.get(key, lookup))?.value as { html: unknown };
    expect(String(hit.html)).toBe('<p>read after the change</p>');
    // Handed to Next as bytes, so no response encodes the page again.
    expect(Buffer.isBuffer(hit.html)).toBe(true);
  });

  it('is needed: Next’s own cache keeps the page rendered before the change as fresh', async () => {
    const { stored } = await renderStraddling(NextFileSystemCache as unknown as HandlerClass, async (cache) => {
      await cache.revalidateTag(`tag-${pages}`, { expire: 0 });
    });
    expect(stored?.value).toMatchObject({ html: '<p>read before the change</p>' });
  });
});
