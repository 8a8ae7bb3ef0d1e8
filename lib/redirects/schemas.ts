import { z } from 'zod';
import { siteConfig } from '@/lib/config/site';

// The rules for redirect addresses, shared by the admin form, its server actions and the domain.

/** Where the proxy fetches the body of a 410 answer from: a reader page no redirect may take over. */
export const GONE_PAGE_PATH = '/removed/story';

/** Addresses that belong to the application itself: never the source of a redirect. */
const RESERVED_PREFIXES = ['/admin', '/api', '/_next', '/media', '/edition', '/removed'];

const BASE = 'http://dateline.invalid';
const UNSAFE = /[\s\\\u0000-\u001f\u007f]/;

export const FROM_NOT_PATH = 'Enter an address on this site that starts with /, such as /news/old-story.';
export const FROM_HAS_QUERY = 'Leave out the query string (from ?) and anything after #.';
export const FROM_FRONT_PAGE = 'The front page cannot be redirected.';
export const FROM_RESERVED = 'Addresses under /admin, /api, /_next, /media, /edition and /removed belong to the site and cannot be redirected.';
export const TO_INVALID = 'Enter an address on this site that starts with /, or a full http:// or https:// address.';

/**
 * A same-site path as the proxy sees it: percent-encoded, dot segments resolved, no trailing slash (Next strips it
 * before the proxy runs). Null when `raw` is not a path on this site.
 */
export function normalizeSitePath(raw: string): { path: string; search: string; hash: string } | null {
  if (!raw.startsWith('/') || raw.startsWith('//') || UNSAFE.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') || '/' : url.pathname;
  return { path, search: url.search, hash: url.hash };
}

/**
 * The address of a reader route from its (decoded) params, percent-encoded as browsers send it and as redirects are
 * stored: `requestPath('news', 'café')` is "/news/caf%C3%A9".
 */
export function requestPath(...segments: string[]): string {
  const escaped = segments.map((s) => s.replace(/%/g, '%25').replace(/\?/g, '%3F').replace(/#/g, '%23').replace(/\//g, '%2F'));
  return new URL(`/${escaped.join('/')}`, BASE).pathname;
}

const isReserved = (path: string) => RESERVED_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

/** The source of a redirect: a path on this site, without query string, not one the application owns. */
export const fromPathField = z
  .string()
  .trim()
  .min(1, FROM_NOT_PATH)
  .max(500, 'Use at most 500 characters.')
  .transform((raw, ctx) => {
    const parsed = normalizeSitePath(raw);
    const problem = !parsed
      ? FROM_NOT_PATH
      : parsed.search || parsed.hash || raw.includes('?') || raw.includes('#')
        ? FROM_HAS_QUERY
        : parsed.path === '/'
          ? FROM_FRONT_PAGE
          : isReserved(parsed.path)
            ? FROM_RESERVED
            : null;
    if (problem || !parsed) {
      ctx.addIssue({ code: 'custom', message: problem ?? FROM_NOT_PATH });
      return z.NEVER;
    }
    return parsed.path;
  });

/**
 * Where a redirect leads: a path on this site (query string allowed) or an absolute http(s) URL. An absolute URL
 * on the site's own origin is stored as a path, so loops through it are caught too.
 */
export function parseRedirectTarget(raw: string, siteOrigin: string): string | null {
  if (raw.startsWith('/')) {
    const parsed = normalizeSitePath(raw);
    return parsed ? parsed.path + parsed.search + parsed.hash : null;
  }
  if (UNSAFE.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password || !url.hostname) return null;
  if (url.origin === new URL(siteOrigin).origin) return parseRedirectTarget(url.pathname + url.search + url.hash, siteOrigin);
  return url.href;
}

export const toPathField = z
  .string()
  .trim()
  .min(1, TO_INVALID)
  .max(2000, 'Use at most 2,000 characters.')
  .transform((raw, ctx) => {
    const target = parseRedirectTarget(raw, siteConfig().url);
    if (!target) {
      ctx.addIssue({ code: 'custom', message: TO_INVALID });
      return z.NEVER;
    }
    return target;
  });

export const createRedirectSchema = z.object({ fromPath: fromPathField, toPath: toPathField });
export type CreateRedirectInput = z.infer<typeof createRedirectSchema>;

export const redirectIdSchema = z.object({ redirectId: z.string().trim().min(1).max(64) });
