import type { Viewport } from 'next';
import localFont from 'next/font/local';

// What the root layout and app/global-not-found.tsx (which renders without the layout) both put in the document.

// Headlines and article text are set in Source Serif 4, served from the repository (SIL OFL, lib/seo/fonts/): no
// font is fetched from another site. Until it loads, a metric-matched fallback keeps the layout from shifting.
export const sourceSerif = localFont({
  src: [
    // WOFF2: 8 KB smaller than the WOFF files next/og needs (20.1 and 21.7 KB against 24.1 and 25.8).
    { path: '../lib/seo/fonts/source-serif-4-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../lib/seo/fonts/source-serif-4-latin-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-source-serif',
  display: 'swap',
  fallback: ['Georgia', 'Times New Roman', 'serif'],
  adjustFontFallback: 'Times New Roman',
});

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbf9f4' },
    { media: '(prefers-color-scheme: dark)', color: '#131416' },
  ],
};

export const bodyClassName = 'site-body';
