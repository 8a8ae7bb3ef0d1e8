// Dateline's HTTP server: Next's own request handler (the same one `next start` runs), behind a few things Next does
// not do for us:
// - the client's address comes from the connection (lib/http/client-address.mjs; TRUSTED_PROXIES names the reverse
//   proxies whose X-Forwarded-For is believed);
// - every response carries the site's security headers (lib/security/headers.mjs), whatever part of Next answers;
// - a cached page's stored ETag answers If-None-Match with 304;
// - "/" is today's edition (lib/http/edition.mjs), and a story-shaped page load first gets its 301, 410 or
//   Last-Modified (lib/http/story-address.ts). Both were proxy.ts's, but running Next's proxy at all cost a cached
//   page a third of its throughput; here they cost a Map read.
//
// `node server.mjs [--port 3000] [--hostname 0.0.0.0] [--dev]`; `npm start` runs it after building and migrating.
import http from 'node:http';
import { parseArgs } from 'node:util';

const { values: options } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '3000' },
    hostname: { type: 'string', default: '0.0.0.0' },
    dev: { type: 'boolean', default: false },
  },
});
const port = Number(options.port);
const dev = options.dev;
// As `next start` does, before Next loads: the server renders in production mode and knows where it listens (the
// app reads PORT for its own default address, lib/config/site.ts).
process.env.NODE_ENV = dev ? 'development' : 'production';
process.env.PORT = String(port);
process.env.__NEXT_PRIVATE_ORIGIN = `http://${options.hostname === '0.0.0.0' ? '127.0.0.1' : options.hostname}:${port}`;

const { default: next } = await import('next');
const { compileTrust, stampClientAddress } = await import('./lib/http/client-address.mjs');
const { securityHeaders } = await import('./lib/security/headers.mjs');
const { DEFAULT_SITE_TIME_ZONE, editionPath } = await import('./lib/http/edition.mjs');
const { bulkhead } = await import('./lib/http/bulkhead.mjs');

const trust = compileTrust();
const https = /^https:/i.test(process.env.SITE_URL ?? '');
const timeZone = process.env.SITE_TIME_ZONE || DEFAULT_SITE_TIME_ZONE;
// Story-shaped: two segments or more (a story; also the deeper addresses an imported site's stories had, such as
// WordPress's /2019/05/16/slug), not Next's own files, route handlers, media or the newsroom. Both lookups are Map
// reads, and the Last-Modified one returns at once for anything but two segments.
const STORY_SHAPED = /^\/(?!_next\/|api\/|media\/|admin\/)[^/]+(?:\/[^/]+)+$/;
// Set by the app at start-up (instrumentation.ts, lib/http/story-address.ts).
const STORY_ADDRESS_KEY = Symbol.for('dateline.story-address');
// Reader searches are rendered for every request (the only reader page that is): a few at a time, the rest in line,
// so that a spike of searches leaves the newsroom its share of the process (lib/http/bulkhead.mjs says what it
// measured). Past the line, 503 with Retry-After.
const searches = bulkhead({ concurrency: Number(process.env.SEARCH_CONCURRENCY) || 1, queueLimit: Number(process.env.SEARCH_QUEUE) || 32 });
const SEARCH_BUSY_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta name="viewport" content="width=device-width,initial-scale=1">' +
  '<title>Search is busy</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem">' +
  '<h1>Search is busy</h1><p>Many readers are searching right now. Try again in a few seconds, or go to the <a href="/">front page</a>.</p></body></html>';

/** Waits for the search bulkhead, or answers 503 when its line is full. Resolves true when answered here. */
async function searchRefused(res) {
  // A reader who gives up while in line must not keep a place: noticed here, and the turn handed on at once.
  let gone = false;
  const leftTheLine = () => (gone = true);
  res.once('close', leftTheLine);
  if (!(await searches.enter())) {
    res.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '5', 'Cache-Control': 'no-store' });
    res.end(SEARCH_BUSY_HTML);
    return true;
  }
  res.off('close', leftTheLine);
  if (gone) {
    searches.leave();
    return true;
  }
  res.once('close', () => searches.leave());
  return false;
}
const app = next({ dev, hostname: options.hostname, port, dir: import.meta.dirname });
await app.prepare();
const handle = app.getRequestHandler();

/**
 * A cached page carries the ETag stored with it (lib/cache/handlers/route-cache.mjs; Next's own per-request ETag is
 * off): a page load whose If-None-Match names it gets 304, and Node then sends no body.
 */
function answerNotModified(req, res) {
  const ifNoneMatch = req.headers['if-none-match'];
  if (!ifNoneMatch || req.headers.rsc || (req.method !== 'GET' && req.method !== 'HEAD')) return;
  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    const etag = res.getHeader('etag');
    const matches = status === 200 && typeof etag === 'string' && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
    return writeHead.call(this, matches ? 304 : status, ...rest);
  };
}

/**
 * What Next should serve: "/" as today's edition (and a stale edition as the 404 page); a search in its turn; a page
 * load of a story-shaped address after its redirect, 410 or Last-Modified. Resolves true when answered here.
 */
async function answeredBeforeNext(req, res, pathname) {
  const edition = editionPath(pathname, Date.now(), timeZone);
  if (edition) {
    const queryAt = req.url.indexOf('?');
    req.url = edition + (queryAt === -1 ? '' : req.url.slice(queryAt));
    return false;
  }
  if (pathname === '/search') return searchRefused(res);
  if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.rsc || !STORY_SHAPED.test(pathname)) return false;
  const answer = globalThis[STORY_ADDRESS_KEY];
  return answer ? answer(req, res) : false;
}

const server = http.createServer((req, res) => {
  stampClientAddress(req, trust);
  answerNotModified(req, res);
  const pathname = (req.url ?? '/').split('?', 1)[0];
  for (const [name, value] of Object.entries(securityHeaders(pathname, { https }))) res.setHeader(name, value);
  answeredBeforeNext(req, res, pathname)
    .then((answered) => (answered ? undefined : handle(req, res)))
    .catch((error) => {
      console.error('[dateline] request failed', error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
});
if (dev) app.setupWebSocketHandler?.(server);

server.listen(port, options.hostname, () => {
  console.log(`▲ Dateline ready on http://${options.hostname === '0.0.0.0' ? 'localhost' : options.hostname}:${port}${dev ? ' (development)' : ''}`);
});

// Stop taking connections, let requests in flight finish (for at most 10 s), then leave.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections?.();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
