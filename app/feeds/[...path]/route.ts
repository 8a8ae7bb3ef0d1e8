import { connection } from 'next/server';
import { feedResponse } from '@/lib/feeds/responses';

type Context = { params: Promise<{ path: string[] }> };

/**
 * RSS, Atom and JSON feeds: /feeds/rss.xml, /feeds/atom.xml, /feeds/feed.json for the whole site, and
 * /feeds/<section|tag|author>/<slug>/<rss.xml|atom.xml|feed.json> for one list (lib/feeds/links.ts).
 */
export async function GET(request: Request, { params }: Context) {
  // Rendered at request time from cached content: there is no database at build time.
  await connection();
  return feedResponse((await params).path, request.headers.get('if-none-match'));
}
