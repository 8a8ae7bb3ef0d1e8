import { siteConfig } from '@/lib/config/site';

/**
 * Whether a state-changing request comes from one of our own pages. Browsers send `Origin` with every POST;
 * a page on another site cannot forge it, nor (without a CORS preflight we never grant) set X-Forwarded-Host.
 * Like Next's check for server actions, the Origin's host must be the host the request was sent to (or the
 * site's configured origin). A POST without Origin is refused: it did not come from a browser page of ours.
 */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get('origin');
  if (!origin || origin === 'null') return false;
  let originUrl: URL;
  try {
    originUrl = new URL(origin);
  } catch {
    return false;
  }
  if (headers.get('sec-fetch-site') === 'cross-site') return false;
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
  if (host && originUrl.host === host) return true;
  return originUrl.origin === new URL(siteConfig().url).origin;
}
