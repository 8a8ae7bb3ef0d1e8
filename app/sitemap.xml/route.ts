import { connection } from 'next/server';
import { sitemapIndexResponse } from '@/lib/sitemaps/responses';

/** The sitemap index (robots.txt names it): the listings' and each month's article sitemaps. */
export async function GET() {
  // Read at request time, never prerendered at build: there is no database then, and a publish must show at once.
  await connection();
  return sitemapIndexResponse();
}
