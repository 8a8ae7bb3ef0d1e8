import type { NextConfig } from 'next';
import { describe, expect, it } from 'vitest';
import { PICTURE_WIDTHS, pictureSources } from '@/lib/media/picture-sources';

// next.config.js is plain JavaScript without types.
const nextConfig = ((await import(/* @vite-ignore */ '../../next.config.js' as string)) as { default: NextConfig }).default;

describe('pictureSources', () => {
  it('asks the optimiser for a thumbnail at three widths, by the short /media address', () => {
    expect(pictureSources({ src: '/media/seed/harbour.jpg', width: 1600 }, 'card')).toEqual({
      src: '/media/seed/harbour.jpg?w=1080',
      srcSet: '/media/seed/harbour.jpg?w=256 256w, /media/seed/harbour.jpg?w=640 640w, /media/seed/harbour.jpg?w=1080 1080w',
    });
  });

  it('offers no width past the first that covers a small picture (the optimiser does not enlarge)', () => {
    expect(pictureSources({ src: '/media/seed/gull.jpg', width: 700 }, 'lead').srcSet).toBe(
      '/media/seed/gull.jpg?w=640 640w, /media/seed/gull.jpg?w=828 828w',
    );
  });

  it('uses an upload’s own WebP variants, the smallest covering each width', () => {
    const image = { src: '/media/uploads/2026/11/abc-harbour.jpg', width: 2400, variants: [320, 640, 960, 1280, 1920] };
    expect(pictureSources(image, 'card')).toEqual({
      src: '/media/uploads/2026/11/abc-harbour-1280.webp',
      srcSet: '/media/uploads/2026/11/abc-harbour-320.webp 320w, /media/uploads/2026/11/abc-harbour-640.webp 640w, /media/uploads/2026/11/abc-harbour-1280.webp 1280w',
    });
    expect(pictureSources({ ...image, variants: [320, 640] }, 'lead').srcSet).toBe(
      '/media/uploads/2026/11/abc-harbour-640.webp 640w',
    );
  });

  it('asks only for widths the optimiser accepts', () => {
    const allowed = [...nextConfig.images!.deviceSizes!, ...nextConfig.images!.imageSizes!];
    for (const widths of Object.values(PICTURE_WIDTHS)) for (const width of widths) expect(allowed).toContain(width);
  });
});
