import { connection } from 'next/server';
import { newsSitemapResponse } from '@/lib/sitemaps/responses';

/** The Google News sitemap: articles published in the last 48 hours. */
export async function GET() {
  await connection();
  return newsSitemapResponse();
}
