// The security headers of every response, defined once. Plain JavaScript because two runtimes read it: server.mjs
// (Dateline's HTTP entry, which stamps the static headers on every response before Next answers) and proxy.ts
// (which adds a per-request nonce to the policy of the newsroom's pages, where Next then puts it on its scripts).
//
// Reader pages are cached whole and served to everyone, so their scripts cannot carry a per-request nonce: their
// policy allows inline scripts from the page itself ('unsafe-inline': Next writes the page's data into inline
// <script> tags) but nothing from elsewhere, no plugins, no <base>, no form posting off-site and no framing by other
// sites. The newsroom's pages are rendered per request, so their scripts need the request's nonce.

/** Paths the newsroom uses: rendered per request, never cached by anyone, never framed. */
export function isPrivatePath(pathname) {
  return /^\/(?:admin|preview|api\/admin|api\/auth|api\/internal)(?:\/|$)/.test(pathname);
}

const directives = (list) =>
  list
    .filter(Boolean)
    .map((d) => d.join(' '))
    .join('; ');

const COMMON = (https) => [
  ['default-src', "'self'"],
  ['style-src', "'self'", "'unsafe-inline'"],
  ['img-src', "'self'", 'data:', 'blob:'],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['media-src', "'self'"],
  ['frame-src', "'none'"],
  ['worker-src', "'self'", 'blob:'],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  https ? ['upgrade-insecure-requests'] : null,
];

/** The policy of reader pages (and of everything that is not the newsroom's). */
export function readerContentSecurityPolicy({ https = false } = {}) {
  return directives([...COMMON(https), ['script-src', "'self'", "'unsafe-inline'"], ['frame-ancestors', "'self'"]]);
}

/**
 * The policy of the newsroom's pages: scripts only with this request's nonce (and what they load, 'strict-dynamic').
 * Next's development server evaluates code, so `next dev` needs 'unsafe-eval'.
 */
export function privateContentSecurityPolicy(nonce, { https = false, dev = false } = {}) {
  const script = ['script-src', "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])];
  return directives([...COMMON(https), script, ['frame-ancestors', "'none'"]]);
}

const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), midi=(), display-capture=()';

/**
 * The headers every response to `pathname` carries, whatever produced it (a cached page, a route handler, a
 * redirect, a static file, an error). The newsroom's Content-Security-Policy is not here: proxy.ts sets it with
 * the request's nonce.
 */
export function securityHeaders(pathname, { https = false } = {}) {
  const headers = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
  };
  if (https) headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains';
  if (isPrivatePath(pathname)) {
    headers['X-Frame-Options'] = 'DENY';
    headers['Cache-Control'] = 'private, no-store';
    // A window another site opened cannot reach the newsroom's pages (window.opener, frame counting). Reader pages
    // go without: they are public, the same for everyone, so an opener can learn nothing from them; and the
    // browsing-context switch COOP makes from the about:blank a tool starts on breaks Lighthouse 12's trace (it
    // fails with NO_NAVSTART), which `npm run lighthouse` in CI would hit on every reader page.
    headers['Cross-Origin-Opener-Policy'] = 'same-origin';
  } else {
    headers['X-Frame-Options'] = 'SAMEORIGIN';
    headers['Content-Security-Policy'] = readerContentSecurityPolicy({ https });
  }
  return headers;
}
