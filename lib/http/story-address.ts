import type { IncomingMessage, ServerResponse } from 'node:http';
import { NOT_FOUND_PATH } from '@/lib/http/edition.mjs';
import { GONE_FETCH_HEADER, GONE_HEADERS, goneHtml, REDIRECT_CACHE_CONTROL, redirectLocation } from '@/lib/redirects/proxy-answer';
import { GONE_PAGE_PATH } from '@/lib/redirects/schemas';
import { lookupRedirect } from '@/lib/redirects/table';
import { articleLastModified } from '@/lib/seo/last-modified';

// What a page load of a story-shaped address ("/section/slug", also author and tag pages, and deeper addresses such as
// an imported WordPress site's "/2019/05/16/slug") gets before Next looks for
// the page: 301 to where a moved story leads, 410 for a deleted one, and for a live article its Last-Modified (with
// 304 for an If-Modified-Since that is not older). server.mjs asks this for GET and HEAD page loads of such addresses
// (not the router's RSC requests): both lookups are Map reads (the redirect table and the article times are kept in
// memory and reloaded when their cache tag is invalidated on any instance).
//
// Why not proxy.ts, where it was: running Next's proxy at all cost every cached article a third of its throughput
// (measured with the proxy on and off for articles, one instance: 620-850 against 810-1,020 req/s, like a section
// front, which never ran it). This function is part of the app bundle (it reads the database through the app's
// client); instrumentation.ts hands it to server.mjs at start-up through STORY_ADDRESS_KEY.

/** Where server.mjs finds this function (a registry symbol: the app bundle and server.mjs share the process). */
export const STORY_ADDRESS_KEY = Symbol.for('dateline.story-address');

export type StoryAddressAnswer = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/**
 * Answers `req` on `res` and returns true, or returns false to let Next answer (having perhaps set Last-Modified on
 * `res`, or changed `req` as described inline). Never throws: the lookups fall back to "no redirect" and "no time".
 */
export const answerStoryAddress: StoryAddressAnswer = async (req, res) => {
  const url = req.url ?? '/';
  const queryAt = url.indexOf('?');
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  const search = queryAt === -1 ? '' : url.slice(queryAt);
  // The removed-story page is only ever a 410's body (fetched by goneHtml): opened at its own address it is not found.
  if (pathname === GONE_PAGE_PATH) {
    if (req.headers[GONE_FETCH_HEADER] !== '1') req.url = NOT_FOUND_PATH;
    return false;
  }
  const hit = await lookupRedirect(pathname);
  if (hit?.toPath === null) {
    const body = req.method === 'HEAD' ? null : await goneHtml();
    res.writeHead(410, GONE_HEADERS);
    res.end(body);
    return true;
  }
  if (hit) {
    res.writeHead(301, { Location: redirectLocation(hit.toPath, search), 'Cache-Control': REDIRECT_CACHE_CONTROL });
    res.end();
    return true;
  }
  const modified = await articleLastModified(pathname);
  if (!modified) return false;
  const ifNoneMatch = req.headers['if-none-match'];
  const ifModifiedSince = req.headers['if-modified-since'];
  res.setHeader('Last-Modified', modified.httpDate);
  // With If-None-Match the ETag decides (server.mjs), and If-Modified-Since is ignored (RFC 9110 §13.1.3): it is
  // dropped, so that nothing after this answers by it.
  if (ifNoneMatch) {
    delete req.headers['if-modified-since'];
    return false;
  }
  if (ifModifiedSince && Date.parse(ifModifiedSince) >= modified.time) {
    res.writeHead(304);
    res.end();
    return true;
  }
  return false;
};

/** Called once at start-up (instrumentation.ts): from then on server.mjs answers story-shaped page loads with it. */
export function installStoryAddressAnswer(): void {
  (globalThis as unknown as Record<symbol, StoryAddressAnswer>)[STORY_ADDRESS_KEY] = answerStoryAddress;
}
