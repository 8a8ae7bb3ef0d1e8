import type { ImageView } from '@/lib/articles/types';
import { paths } from '@/lib/routes';
import type { PickedImage } from './types';

/** Widths (px) of the WebP variants made for each upload, capped at the picture's own width. */
export const VARIANT_WIDTHS = [320, 640, 960, 1280, 1920] as const;

/**
 * An ImageView that may carry responsive variants (their `srcSet` for the newsroom, their widths for reader pages,
 * lib/media/picture-sources.ts). The extra fields are optional: generated pictures have none.
 */
export type ResponsiveImageView = ImageView & { srcSet?: string; sizes?: string; variants?: number[] };

type ImageRow = { path: string; width: number; height: number; alt: string; caption: string; credit: string; variants?: string | null };

/** The full-width default for `sizes`: a reader's column is at most 768 px wide. */
export const DEFAULT_SIZES = '(min-width: 1024px) 768px, 100vw';

/** The stored path of a variant: `uploads/2026/11/abc-harbour.jpg` → `uploads/2026/11/abc-harbour-640.webp`. */
export function variantPath(path: string, width: number): string {
  return `${path.replace(/\.[a-z0-9]+$/i, '')}-${width}.webp`;
}

/** The variant widths recorded on an image row (a JSON array string); anything malformed counts as none. */
export function parseVariants(raw: string | null | undefined): number[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((w): w is number => Number.isInteger(w) && w > 0).sort((a, b) => a - b) : [];
  } catch {
    return [];
  }
}

/** A `srcset` of the image's WebP variants, or undefined when it has none. */
export function srcSetOf(path: string, variants: string | null | undefined): string | undefined {
  const widths = parseVariants(variants);
  if (widths.length === 0) return undefined;
  return widths.map((w) => `${paths.media(variantPath(path, w))} ${w}w`).join(', ');
}

export function toImageView(image: ImageRow | null | undefined, sizes: string = DEFAULT_SIZES): ResponsiveImageView | null {
  if (!image) return null;
  const srcSet = srcSetOf(image.path, image.variants);
  const variants = parseVariants(image.variants);
  return {
    src: paths.media(image.path),
    width: image.width,
    height: image.height,
    alt: image.alt,
    caption: image.caption,
    credit: image.credit,
    ...(srcSet ? { srcSet, sizes, variants } : {}),
  };
}

type PickedRow = ImageRow & { id: string };

/** The plain data the editor needs to place a picture (the picker, the upload endpoint). */
export function toPickedImage(row: PickedRow): PickedImage {
  const srcSet = srcSetOf(row.path, row.variants);
  return {
    id: row.id,
    src: paths.media(row.path),
    ...(srcSet ? { srcSet } : {}),
    width: row.width,
    height: row.height,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
  };
}
