import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Reader data comes through 'use cache' functions with cacheLife and cacheTag (see lib/cache/).
  cacheComponents: true,
  // Both of Next's caches live in one cache core (lib/cache/handlers/core.mjs): in memory, and with REDIS_URL in
  // Redis shared by every instance. The route cache dates each page from the start of its render, so a page that was
  // rendering while an editor published is out of date at once.
  cacheHandler: fileURLToPath(new URL('./lib/cache/handlers/route-cache.mjs', import.meta.url)),
  cacheHandlers: {
    default: fileURLToPath(new URL('./lib/cache/handlers/use-cache.mjs', import.meta.url)),
    remote: fileURLToPath(new URL('./lib/cache/handlers/use-cache.mjs', import.meta.url)),
  },
  // Next's own in-memory copy in front of a custom handler would only duplicate the core's.
  cacheMaxMemorySize: 0,
  partialPrefetching: true,
  poweredByHeader: false,
  // Cached pages carry an ETag made once when stored (lib/cache/handlers/route-cache.mjs): Next's own hashes the
  // whole page on every request.
  generateEtags: false,
  // The proxy (proxy.ts) is handed the request's address as the router itself sees it. Without this, Next gives it
  // http://localhost:<port>/… while comparing rewrites against http://<listen hostname>:<port>/…, so under server.mjs
  // every rewrite (the homepage → today's edition, the 404 and 410 pages) looked like another site's address and was
  // fetched over HTTP from this same server: the homepage served at 25 % of /robots.txt instead of ~50 %.
  // e2e/site/status.spec.ts checks that the rewrites stay inside the server.
  skipProxyUrlNormalize: true,
  // Behind the edge cache, the edge compresses (once per stored entry, deploy/nginx/dateline-edge.conf); a single
  // `npm start` compresses itself.
  compress: process.env.DATELINE_COMPRESS !== 'off',
  // A trailing slash answers 301 from proxy.ts (with the other non-canonical variants), not Next's 308.
  skipTrailingSlashRedirect: true,
  // The fonts' preload hints go into the page's <head> rather than a Link header: the edge serves its hottest pages
  // as files with headers of its own (deploy/nginx/dateline-edge.conf), which cannot carry a header that names this
  // build's font files.
  reactMaxHeadersLength: 0,
  // forbidden() answers 403 for a signed-in user without the right role (lib/auth/access.ts).
  experimental: {
    authInterrupts: true,
    // Addresses that match no route get app/global-not-found.tsx, so the root not-found boundary that Next sends
    // with every page can stay small.
    globalNotFound: true,
  },
  reactStrictMode: true,
  // Types are checked by `npm run typecheck` (tsc, part of `npm test`), not again by every build: that took the build
  // 29 of its 70 seconds here, on every `npm start` of a fresh clone too.
  typescript: { ignoreBuildErrors: true },
  // Page 1 of a list has one address: the list's own.
  async redirects() {
    return [
      { source: '/author/:slug/page/1', destination: '/author/:slug', permanent: true },
      { source: '/tag/:slug/page/1', destination: '/tag/:slug', permanent: true },
      { source: '/:section/page/1', destination: '/:section', permanent: true },
    ];
  },
  // IndexNow's key file is "/<key>.txt" at the site root; app/indexnow/[key]/route.ts answers it (404 for any other
  // name). A rewrite, because a one-segment address otherwise belongs to the section fronts.
  async rewrites() {
    return [
      { source: '/:key([a-z0-9-]{8,128}).txt', destination: '/indexnow/:key' },
      // Reader pages ask for resized pictures as /media/<path>?w=<width> (lib/media/picture-sources.ts): Next's
      // optimiser, 40 characters shorter than its own address in every srcset candidate. Without w=, the picture
      // as stored (app/media/[...path]/route.ts).
      {
        source: '/media/:path*',
        has: [{ type: 'query', key: 'w', value: '(?<width>\\d{2,4})' }],
        destination: '/_next/image?url=/media/:path*&w=:width&q=75',
      },
    ];
  },
  async headers() {
    return [
      {
        source: '/preview/:path*',
        headers: [
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
          { key: 'Cache-Control', value: 'private, no-store' },
        ],
      },
    ];
  },
  images: {
    // Hero and author images are served by app/media/[...path]/route.ts from MEDIA_DIR.
    localPatterns: [{ pathname: '/media/**' }],
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [360, 640, 828, 1080, 1280, 1600],
    imageSizes: [96, 160, 256, 384],
    minimumCacheTTL: 31536000,
  },
};

export default nextConfig;
