// The feeds route handler's answer: the cached feed content (queries.ts) rendered in the asked format, with an
// ETag so feed readers that poll with If-None-Match get 304 Not Modified while nothing changed.
import { createHash } from 'node:crypto';
import { FEED_FORMATS, parseFeedPath } from './links';
import { getFeed } from './queries';
import { feedContent, renderFeed } from './render';

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** Whether an If-None-Match header names this ETag (or "*"). */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim().replace(/^W\//, '');
    return t === '*' || t === etag;
  });
}

/** The feed at /feeds/<segments…>, or 404. */
export async function feedResponse(segments: string[], ifNoneMatch: string | null = null): Promise<Response> {
  const parsed = parseFeedPath(segments);
  if (!parsed) return notFound();
  const content = feedContent();
  const data = await getFeed(parsed.ref, content === 'full');
  if (!data) return notFound();
  const body = renderFeed(data, parsed.ref, parsed.format, content);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  const headers = {
    'Content-Type': `${FEED_FORMATS[parsed.format].type}; charset=utf-8`,
    // Stored copies are checked with the server each time (cheaply, by ETag): a publish shows within seconds.
    'Cache-Control': 'public, no-cache',
    // No Last-Modified: an unpublished story takes the feed's newest time back, and dates cannot say that.
    ETag: etag,
  };
  if (matches(ifNoneMatch, etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
