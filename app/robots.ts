import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { robotsFile } from '@/lib/sitemaps/robots';

/** /robots.txt. Rendered per request: it names SITE_URL, which is read where the site runs, not where it was built. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  return robotsFile();
}
