import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { paths } from '@/lib/routes';
import { mediaDir, resolveMediaFile } from './storage';

// Fixed-size crops of library pictures for search engines and social networks: the 1200×630 Open Graph card and
// the 16:9, 4:3 and 1:1 images Google asks for in NewsArticle structured data. Made on first request, kept under
// MEDIA_DIR/crops/ and served for ever after (the pictures' file names are content-addressed, so a crop never
// changes).

export const CROP_SIZES = ['1200x630', '1200x675', '1200x900', '1200x1200'] as const;
export type CropSize = (typeof CROP_SIZES)[number];

export const isCropSize = (value: string): value is CropSize => (CROP_SIZES as readonly string[]).includes(value);

export function cropDimensions(size: CropSize): { width: number; height: number } {
  const [width, height] = size.split('x').map(Number) as [number, number];
  return { width, height };
}

const MEDIA_PREFIX = paths.media('');

/** The public address of a crop of a picture served under /media (its `src`), or null for anything else. */
export function cropUrl(src: string, size: CropSize): string | null {
  if (!src.startsWith(MEDIA_PREFIX)) return null;
  return `/og/crop/${size}/${src.slice(MEDIA_PREFIX.length)}`;
}

/**
 * The JPEG bytes of `segments` (a stored picture's path) cropped to `size`, from the disk cache or made now.
 * Null when there is no such picture.
 */
export async function readCrop(segments: string[], size: CropSize): Promise<Buffer | null> {
  const source = resolveMediaFile(segments);
  if (!source) return null;
  // The picture itself decides: a crop kept on disk is never served for a picture that was deleted.
  if (!(await fs.stat(source.file).then((s) => s.isFile(), () => false))) return null;
  const target = path.join(/*turbopackIgnore: true*/ mediaDir(), 'crops', size, ...segments) + '.jpg';
  const cached = await fs.readFile(target).catch(() => null);
  if (cached) return cached;
  const original = await fs.readFile(source.file).catch(() => null);
  if (!original) return null;
  const { width, height } = cropDimensions(size);
  // 'attention' keeps the busiest part of the picture (faces, contrast) inside the crop. Small pictures are
  // enlarged: search engines ignore images narrower than 1200 px.
  const crop = await sharp(original)
    .rotate()
    .resize(width, height, { fit: 'cover', position: sharp.strategy.attention })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
  await fs.mkdir(path.dirname(target), { recursive: true });
  // Written under a temporary name and renamed, so a concurrent request never reads half a file.
  const temporary = `${target}.${randomUUID()}.tmp`;
  await fs.writeFile(temporary, crop);
  await fs.rename(temporary, target).catch(() => fs.rm(temporary, { force: true }));
  return crop;
}
