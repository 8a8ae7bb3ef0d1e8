import type { MetadataRoute } from 'next';
import { siteConfig } from '@/lib/config/site';
import { sitemapPaths } from './files';

/**
 * Addresses crawlers should not fetch: the newsroom, the HTTP API, previews of unpublished stories and search
 * results. Written exactly ("/admin$" and "/admin/", not "/admin"), because robots rules match by prefix and a
 * section may well be called "administration" or "searchlight".
 */
export const DISALLOWED = ['/admin$', '/admin/', '/api/', '/preview/', '/search$', '/search?', '/search/'];

/** robots.txt: every crawler may read the site except DISALLOWED; the sitemaps are named by absolute URL. */
export function robotsFile(): MetadataRoute.Robots {
  const origin = siteConfig().url;
  return {
    rules: { userAgent: '*', allow: '/', disallow: DISALLOWED },
    sitemap: [sitemapPaths.index(), sitemapPaths.news()].map((path) => new URL(path, origin).href),
  };
}
