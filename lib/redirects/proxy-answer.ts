import { NextResponse, type NextRequest } from 'next/server';
import { lookupRedirect } from './table';
import { NOT_FOUND_PATH } from '@/lib/http/edition.mjs';
import { GONE_PAGE_PATH } from './schemas';

// The answer for an address that moved (301) or was deleted (410). Pages cannot choose either status
// (permanentRedirect() answers 308, and there is no gone() next to notFound()), so it is given before the page is
// looked up, from the in-memory redirect table (table.ts): by server.mjs for story-shaped page loads
// (lib/http/story-address.ts), by the proxy for the non-canonical forms of an address. Other addresses, and the
// router's own RSC requests, are redirected by the pages (components/site/not-found-page.tsx), with 308.

/** Browsers keep a 301 without limit unless told otherwise; an editor may delete or change a redirect. */
export const REDIRECT_CACHE_CONTROL = 'public, max-age=3600';
/** A 410's headers: the removed-story page, kept a few minutes, never indexed. */
export const GONE_HEADERS = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=300', 'X-Robots-Tag': 'noindex' };
const GONE_HTML_TTL_MS = 60_000;
/** Marks the proxy's own request for the removed-story page's HTML. */
export const GONE_FETCH_HEADER = 'x-dateline-gone-page';

/** The 301 or 410 for this request (or for `path`, another form of its address), or null when there is no redirect. */
export async function redirectAnswer(request: NextRequest, path?: string): Promise<Response | null> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const { search } = request.nextUrl;
  const pathname = path ?? request.nextUrl.pathname;
  // The removed-story page is only ever a 410's body: opened at its own address it is not found.
  if (pathname === GONE_PAGE_PATH && request.headers.get(GONE_FETCH_HEADER) !== '1') {
    return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  }
  const hit = await lookupRedirect(pathname);
  if (!hit) return null;
  if (hit.toPath === null) {
    const body = request.method === 'HEAD' ? null : await goneHtml();
    return new NextResponse(body, { status: 410, headers: GONE_HEADERS });
  }
  const response = NextResponse.redirect(new URL(redirectLocation(hit.toPath, search), request.url), 301);
  response.headers.set('Cache-Control', REDIRECT_CACHE_CONTROL);
  return response;
}

const RELATIVE_BASE = 'http://relative.invalid';

/**
 * A redirect's Location: the target with the request's query when it has none of its own. A path on this site stays
 * relative (RFC 9110 allows it, and the Host header is the client's to choose; the proxy makes it absolute).
 */
export function redirectLocation(toPath: string, search: string): string {
  const target = new URL(toPath, RELATIVE_BASE);
  if (search && !target.search) target.search = search;
  return target.origin === RELATIVE_BASE ? target.pathname + target.search + target.hash : target.href;
}

// ─── The body of a 410 ───
// Readers of a deleted story get the site's own page (masthead, navigation, latest news) saying it was removed.
// That page is rendered by Next at GONE_PAGE_PATH and cached there; the proxy fetches it from this same server and
// keeps the HTML for a minute, so a 410 costs a loopback request at most once a minute.

type GoneState = { html: string | null; fetchedAt: number; loading: Promise<string> | null };
const GONE_KEY = Symbol.for('dateline.gone-page');

function goneState(): GoneState {
  const holder = globalThis as unknown as Record<symbol, GoneState | undefined>;
  holder[GONE_KEY] ??= { html: null, fetchedAt: 0, loading: null };
  return holder[GONE_KEY];
}

/**
 * This server's own address. Never the request's Host header: a client could name any host there and have the
 * proxy fetch it. Next sets __NEXT_PRIVATE_ORIGIN to the address it listens on (`next start` and `next dev`).
 */
function ownOrigin(): string {
  return process.env['__NEXT_PRIVATE_ORIGIN'] || `http://127.0.0.1:${process.env.PORT || 3000}`;
}

async function fetchGoneHtml(): Promise<string> {
  const response = await fetch(new URL(GONE_PAGE_PATH, ownOrigin()), {
    redirect: 'manual',
    headers: { Accept: 'text/html', [GONE_FETCH_HEADER]: '1' },
    signal: AbortSignal.timeout(5000),
  });
  // The page answers 404 to a reader who opens it directly; its body is what a 410 shows.
  const isHtml = response.headers.get('content-type')?.includes('text/html');
  if ((response.status !== 404 && response.status !== 200) || !isHtml) throw new Error(`${GONE_PAGE_PATH} answered ${response.status}`);
  return response.text();
}

function refreshGoneHtml(s: GoneState): Promise<string> {
  s.loading ??= fetchGoneHtml()
    .catch((error) => {
      console.error('Could not fetch the page for a removed story', error);
      return s.html ?? FALLBACK_GONE_HTML;
    })
    .then((html) => {
      s.html = html;
      s.fetchedAt = Date.now();
      return html;
    })
    .finally(() => {
      s.loading = null;
    });
  return s.loading;
}

export async function goneHtml(): Promise<string> {
  const s = goneState();
  if (s.html !== null && Date.now() - s.fetchedAt < GONE_HTML_TTL_MS) return s.html;
  const loading = refreshGoneHtml(s);
  // A stale copy answers while the new one loads.
  return s.html ?? loading;
}

/** Only if the site's own page cannot be rendered. */
const FALLBACK_GONE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Story removed</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem"><p>Error 410</p><h1>This story has been removed</h1><p>It is no longer available. Visit the <a href="/">front page</a> for the latest news.</p></body></html>`;
