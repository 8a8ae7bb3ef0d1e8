// One address per page: a reader address with a trailing slash or upper-case letters is a variant of the canonical
// one and answers 301 to it (proxy.ts). Pure and dependency-free: the proxy imports it for every request it sees.

/** Addresses whose case carries meaning (tokens, IDs, file names) or that the application owns: never lower-cased. */
const CASE_SENSITIVE_PREFIXES = [
  '/admin',
  '/api/',
  '/_next/',
  '/media/',
  '/og/',
  '/preview/',
  // The links in newsletter e-mails carry a token or a subscriber's key.
  '/newsletters/confirm/',
  '/newsletters/manage/',
  '/newsletters/unsubscribe/',
];

/** A cheap first test for the proxy: could `pathname` be a non-canonical variant? */
export const mayBeNonCanonical = (pathname: string) => pathname.length > 1 && (pathname.endsWith('/') || /[A-Z]/.test(pathname));

/**
 * The canonical form of `pathname` (as the browser sent it, percent-encoded): without trailing slashes and, outside
 * the application's own addresses, in lower case. Null when it is canonical already.
 */
export function canonicalPath(pathname: string): string | null {
  if (pathname === '/') return null;
  let path = pathname.replace(/\/+$/, '') || '/';
  if (!CASE_SENSITIVE_PREFIXES.some((prefix) => path.startsWith(prefix))) {
    // Compared decoded, so percent escapes (always upper-case hex from browsers) do not count as upper case.
    let decoded: string;
    try {
      decoded = decodeURI(path);
    } catch {
      decoded = path;
    }
    const lower = decoded.toLowerCase();
    if (lower !== decoded) path = encodeURI(lower);
  }
  return path === pathname ? null : path;
}
