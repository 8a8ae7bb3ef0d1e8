// The sitemap route handlers' answers. The child sitemaps are read fresh from the database on each request, in
// batches, so a publish, an update or an unpublish shows in the very next one; the index is cached until the next
// change (getSitemapFiles). See the README's "Sitemaps, feeds and IndexNow".
import { articleEntries, getSitemapFiles, listingEntries, newsEntries } from './queries';
import { parseArticlesFile, parseListingFile } from './files';
import { indexResponse, toNewsItem, toSitemapItem, urlsetResponse } from './xml';

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

export async function sitemapIndexResponse(): Promise<Response> {
  return indexResponse(await getSitemapFiles());
}

/** /sitemaps/articles/<month>[-<part>].xml */
export async function articlesSitemapResponse(file: string, now = new Date()): Promise<Response> {
  const parsed = parseArticlesFile(file);
  if (!parsed) return notFound();
  return urlsetResponse(articleEntries(parsed.month, parsed.part, now), toSitemapItem, { namespaces: { image: true }, emptyIs404: true });
}

/** /sitemaps/<sections|tags|authors>[-<part>].xml */
export async function listingSitemapResponse(file: string, now = new Date()): Promise<Response> {
  const parsed = parseListingFile(file);
  if (!parsed) return notFound();
  return urlsetResponse(listingEntries(parsed.kind, parsed.part, now), toSitemapItem, { emptyIs404: true });
}

/** /news-sitemap.xml: always answers, with an empty urlset when nothing went out in the last two days. */
export async function newsSitemapResponse(now = new Date()): Promise<Response> {
  return urlsetResponse(newsEntries(now), toNewsItem, { namespaces: { news: true } });
}
