// Sitemap XML, streamed: the `sitemap` library's SitemapStream writes the XML (namespaces, escaping, dropping
// characters XML cannot carry) as entries arrive from the database, and the response body pulls from it, so
// the server holds one batch of rows and a block of XML at a time, however long the sitemap.
import { pipeline, Readable, type Transform } from 'node:stream';
import { SitemapIndexStream, type SitemapItemLoose, SitemapStream, type SitemapStreamOptions } from 'sitemap';
import { siteConfig } from '@/lib/config/site';
import type { NewsEntry, SitemapEntry, SitemapFile } from './queries';

type NSArgs = NonNullable<SitemapStreamOptions['xmlns']>;

const NO_NAMESPACES: NSArgs = { news: false, image: false, video: false, xhtml: false };

export const SITEMAP_HEADERS = {
  'Content-Type': 'application/xml; charset=utf-8',
  // Stored copies must be checked with the server every time: a publish shows within seconds.
  'Cache-Control': 'public, no-cache',
  // The sitemaps are for crawlers to read, not pages to show in results.
  'X-Robots-Tag': 'noindex',
};

const absolute = (path: string) => new URL(path, siteConfig().url).href;

/**
 * Google News wants an ISO 639 language code ("en", not "en-GB"); Chinese is the exception, as zh-cn or zh-tw.
 */
export function newsLanguage(language: string): string {
  const [primary = 'en', ...rest] = language.toLowerCase().split(/[-_]/);
  if (primary !== 'zh') return primary;
  return rest.some((s) => s === 'hant' || s === 'tw' || s === 'hk' || s === 'mo') ? 'zh-tw' : 'zh-cn';
}

export const toSitemapItem = (entry: SitemapEntry): SitemapItemLoose => ({
  url: absolute(entry.path),
  ...(entry.lastmod ? { lastmod: entry.lastmod.toISOString() } : {}),
  img: entry.images.map((path) => ({ url: absolute(path) })),
});

export function toNewsItem(entry: NewsEntry): SitemapItemLoose {
  const site = siteConfig();
  return {
    url: absolute(entry.path),
    news: {
      publication: { name: site.name, language: newsLanguage(site.language) },
      publication_date: entry.publishedAt.toISOString(),
      title: entry.headline,
    },
  };
}

export const toIndexItem = (file: SitemapFile) => ({ url: absolute(file.path), ...(file.lastmod ? { lastmod: file.lastmod.toISOString() } : {}) });

// The XML comes out in tiny pieces (one per element); the response gets them in blocks of about this size.
const BLOCK_CHARS = 32 * 1024;

/** A web stream of the XML `transform` writes for `items`: each read of the response pulls the next block. */
function xmlBody(items: AsyncIterable<object> | Iterable<object>, transform: Transform): ReadableStream<Uint8Array> {
  const xml = pipeline(Readable.from(items), transform, (error) => {
    if (error) console.error('[dateline] a sitemap stopped part way', error);
  });
  const pieces = xml[Symbol.asyncIterator]() as AsyncIterator<string | Buffer>;
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let block = '';
      while (block.length < BLOCK_CHARS) {
        const next = await pieces.next();
        if (next.done) {
          if (block) controller.enqueue(encoder.encode(block));
          controller.close();
          return;
        }
        block += typeof next.value === 'string' ? next.value : next.value.toString('utf8');
      }
      controller.enqueue(encoder.encode(block));
    },
    cancel() {
      // The client went away: stop reading the database.
      xml.destroy();
    },
  });
}

/** `entries` with its first entry read, or null when it has none (so the status can still be chosen). */
async function peek<T>(entries: AsyncIterable<T>): Promise<AsyncGenerator<T> | null> {
  const iterator = entries[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return null;
  return (async function* () {
    try {
      yield first.value;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } finally {
      await iterator.return?.();
    }
  })();
}

async function* mapped<T, U>(entries: AsyncIterable<T>, map: (entry: T) => U): AsyncGenerator<U> {
  for await (const entry of entries) yield map(entry);
}

const EMPTY_URLSET = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>';

/**
 * A sitemap response streamed from `entries`. With no entry at all: 404 when `emptyIs404` (an address that lists
 * nothing, such as a month without articles), else an empty urlset (the news sitemap on a quiet weekend).
 */
export async function urlsetResponse<T>(
  entries: AsyncIterable<T>,
  toItem: (entry: T) => SitemapItemLoose,
  options: { namespaces?: Partial<NSArgs>; emptyIs404?: boolean } = {},
): Promise<Response> {
  const all = await peek(entries);
  if (!all) {
    return options.emptyIs404
      ? new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
      : new Response(EMPTY_URLSET, { headers: SITEMAP_HEADERS });
  }
  const stream = new SitemapStream({ xmlns: { ...NO_NAMESPACES, ...options.namespaces } });
  return new Response(xmlBody(mapped(all, toItem), stream), { headers: SITEMAP_HEADERS });
}

/** The sitemap index listing `files`. */
export function indexResponse(files: SitemapFile[]): Response {
  return new Response(xmlBody(files.map(toIndexItem), new SitemapIndexStream()), { headers: SITEMAP_HEADERS });
}
