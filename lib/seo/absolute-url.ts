import { siteConfig } from '@/lib/config/site';

/** `path` on the public site (SITE_URL) as an absolute URL; an absolute http(s) URL is returned unchanged. */
export function absoluteUrl(path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  return `${siteConfig().url}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Open Graph writes locales with an underscore: `en-GB` → `en_GB`. */
export function ogLocale(language: string): string {
  return language.replace('-', '_');
}
