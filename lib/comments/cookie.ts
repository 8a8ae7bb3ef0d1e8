// The commenter's cookie: set when they use a confirmation link, sent back only to the comment routes (Path=/comments),
// so article pages never see it and stay one cached page for every reader. Its value is the commenter's id and a
// keyed hash of it (HMAC with the site's secret, lib/auth/secret.ts): nothing to store, nothing to guess, and it works
// on each device where the reader confirmed. A blocked address is refused whatever its cookie says.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { servedOverHttps } from '@/lib/auth/cookies';
import { authSecret } from '@/lib/auth/secret';

export const COMMENTER_COOKIE_PATH = '/comments';
const MAX_AGE_SECONDS = 365 * 86_400;

/** Over HTTPS the cookie takes the __Secure- prefix (a __Host- cookie would need Path=/). */
export const commenterCookieName = () => (servedOverHttps() ? '__Secure-dateline.commenter' : 'dateline.commenter');

const mac = (commenterId: string) => createHmac('sha256', authSecret()).update(`commenter:${commenterId}`).digest('base64url');

/** The cookie's value for a commenter. */
export const commenterCookieValue = (commenterId: string) => `${commenterId}.${mac(commenterId)}`;

/** The commenter a cookie value names, when its hash is right; null otherwise. */
export function commenterFromCookie(value: string | null | undefined): string | null {
  const [id, given, ...rest] = (value ?? '').split('.');
  if (!id || !given || rest.length > 0 || !/^[a-z0-9]{1,64}$/i.test(id)) return null;
  const expected = Buffer.from(mac(id));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? id : null;
}

/** The Set-Cookie header that remembers a confirmed commenter on this browser. */
export function commenterSetCookie(commenterId: string): string {
  const secure = servedOverHttps() ? '; Secure' : '';
  return `${commenterCookieName()}=${commenterCookieValue(commenterId)}; Path=${COMMENTER_COOKIE_PATH}; Max-Age=${MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure}`;
}

/** The commenter's cookie from a request's Cookie header. */
export function commenterCookieFrom(headers: Headers): string | null {
  const name = commenterCookieName();
  for (const part of (headers.get('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}
