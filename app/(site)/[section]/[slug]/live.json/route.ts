import { createHash } from 'node:crypto';
import { connection } from 'next/server';
import { getArticle } from '@/lib/articles/queries';
import { getLiveFeed } from '@/lib/live/queries';
import { liveFeedQuerySchema } from '@/lib/live/schemas';

type Context = { params: Promise<{ section: string; slug: string }> };

const notFound = () => Response.json({ error: 'Not found' }, { status: 404, headers: { 'Cache-Control': 'public, s-maxage=60' } });

/**
 * A live blog's entries for its page script: the newest page (what it polls for), or with `?from=<entry>` an older
 * page. Built from the same cached data as the page (tagged with the story, invalidated by every entry change), so
 * a poll costs the origin a cache read; the edge caches it like a page and is purged by the same change. Shared caches
 * only (s-maxage): the page's script asks with `cache: 'no-cache'`, so a browser checks its copy each time by ETag
 * (a 304 while nothing changed). Not `no-cache` here, which would keep the edge from storing it at all.
 */
export async function GET(request: Request, { params }: Context) {
  await connection();
  const { section, slug } = await params;
  const article = await getArticle(slug);
  if (!article || article.section.slug !== section || !article.liveState) return notFound();
  const { from } = liveFeedQuerySchema.parse({ from: new URL(request.url).searchParams.get('from') ?? undefined });
  const feed = await getLiveFeed(article.id, slug, from);
  if (!feed) return notFound();
  const body = JSON.stringify(feed);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  const headers = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, s-maxage=60', ETag: etag };
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
