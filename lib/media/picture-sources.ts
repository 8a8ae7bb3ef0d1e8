import { paths } from '@/lib/routes';
import { variantPath } from './urls';

/**
 * Widths (px) offered for each kind of picture: enough for a phone, a tablet at 2× and a desktop at 2× in the
 * layout's own `sizes`, and no more, since every candidate costs its URL twice on the page (in the HTML and in the
 * React payload). Each must be one of next.config.js `images.deviceSizes`/`imageSizes`: the optimiser refuses others.
 */
export const PICTURE_WIDTHS = {
  /** Thumbnails in lists: 112 px on a phone, half the screen on a tablet, at most 360 px on a desktop. */
  card: [256, 640, 1080],
  /** The homepage's top story and an article's hero: the full width of a phone, at most 736 px on a desktop. */
  lead: [640, 828, 1280, 1600],
} as const;

export type PictureKind = keyof typeof PICTURE_WIDTHS;

/**
 * The address of `src` (a /media/… path) resized to `width`. `/media/<path>?w=<width>` is rewritten inside the server
 * to Next's optimiser at its default quality (next.config.js), which picks AVIF or WebP by the browser's Accept
 * header: 40 characters shorter than `/_next/image?url=%2Fmedia%2F…&amp;w=…&amp;q=75` in every candidate.
 */
export function resizedSrc(src: string, width: number): string {
  return `${src}?w=${width}`;
}

type Source = { src: string; width: number; variants?: readonly number[] };

/**
 * `src` and `srcSet` for a picture of the given kind: an upload's own WebP variants when it has them (the smallest
 * variant at least as wide as each width offered), else the optimiser at those widths up to the first that is as
 * wide as the picture itself (the optimiser does not enlarge).
 */
export function pictureSources(image: Source, kind: PictureKind): { src: string; srcSet: string } {
  const widths = PICTURE_WIDTHS[kind];
  if (image.variants?.length) {
    const available = [...image.variants].sort((a, b) => a - b);
    const chosen = [...new Set(widths.map((w) => available.find((v) => v >= w) ?? available.at(-1)!))];
    const path = image.src.slice(paths.media('').length);
    const url = (w: number) => paths.media(variantPath(path, w));
    return { src: url(chosen.at(-1)!), srcSet: chosen.map((w) => `${url(w)} ${w}w`).join(', ') };
  }
  const wide = widths.findIndex((w) => w >= image.width);
  const chosen = wide === -1 ? widths : widths.slice(0, wide + 1);
  return {
    src: resizedSrc(image.src, chosen.at(-1)!),
    srcSet: chosen.map((w) => `${resizedSrc(image.src, w)} ${w}w`).join(', '),
  };
}
