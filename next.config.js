import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A copy of the build may be served from another folder (e2e/support/second-server.ts runs a second server on its
  // own copy, so the two never share cached pages on disk).
  distDir: process.env.DATELINE_DIST_DIR || '.next',
  // Reader data comes through 'use cache' functions with cacheLife and cacheTag (see lib/cache/).
  cacheComponents: true,
  // Next's route cache, dating each cached page from the start of its render, so a page that was rendering while an
  // editor published is out of date at once (lib/cache/route-cache-handler.mjs).
  cacheHandler: fileURLToPath(new URL('./lib/cache/route-cache-handler.mjs', import.meta.url)),
  partialPrefetching: true,
  poweredByHeader: false,
  // A trailing slash answers 301 from proxy.ts (with the other non-canonical variants), not Next's 308.
  skipTrailingSlashRedirect: true,
  // forbidden() answers 403 for a signed-in user without the right role (lib/auth/access.ts).
  experimental: { authInterrupts: true },
  reactStrictMode: true,
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
    return [{ source: '/:key([a-z0-9-]{8,128}).txt', destination: '/indexnow/:key' }];
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
