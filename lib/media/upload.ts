import { randomBytes } from 'node:crypto';
import sharp, { type Sharp } from 'sharp';
import { actorOf, recordAudit } from '@/lib/audit/record';
import type { ActionContext } from '@/lib/auth/define-action';
import type { Viewer } from '@/lib/auth/session';
import { siteConfig } from '@/lib/config/site';
import { siteDay } from '@/lib/dates/format';
import { db } from '@/lib/db/client';
import { FORM_INVALID } from '@/lib/forms/result';
import { toSlug } from '@/lib/text/slug';
import { imageTextSchema } from './schemas';
import { type ImageKind, sniffImage, SNIFF_MESSAGES } from './sniff';
import { removeMediaFiles, writeMediaFiles } from './storage';
import type { PickedImage } from './types';
import { toPickedImage, VARIANT_WIDTHS, variantPath } from './urls';

/** Pictures larger than this many pixels are refused: decoding one would take too much memory. */
export const MAX_PIXELS = 40_000_000;
const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export const NO_FILE = 'Choose a picture to upload.';
export const UNREADABLE = 'The file could not be read as a picture. It may be damaged: export it again and retry.';

/** The upload size limit in bytes: MEDIA_MAX_BYTES, 10 MB by default. */
export function maxUploadBytes(): number {
  const configured = Number(process.env.MEDIA_MAX_BYTES);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_MAX_BYTES;
}

/** "10 MB", "2.5 MB", "800 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export const tooLargeMessage = (size: number | null, limit: number) =>
  size === null ? `The file is larger than the ${formatBytes(limit)} limit.` : `The file is ${formatBytes(size)}; the limit is ${formatBytes(limit)}.`;

export type UploadInput = { bytes: Uint8Array; originalName: string; alt?: unknown; caption?: unknown; credit?: unknown };

export type UploadFailure = { ok: false; status: 400 | 413 | 415; message: string; fieldErrors?: Record<string, string[]> };
export type UploadResult = { ok: true; image: PickedImage } | UploadFailure;

const refuse = (status: UploadFailure['status'], message: string, field = 'file'): UploadFailure => ({
  ok: false,
  status,
  message,
  fieldErrors: { [field]: [message] },
});

// Originals are re-encoded in their own format: that drops metadata (GPS position, camera serial) and anything
// smuggled after the image data, and bakes in the EXIF rotation.
const ENCODERS: Record<ImageKind, (image: Sharp) => Sharp> = {
  jpeg: (image) => image.jpeg({ quality: 88, mozjpeg: true }),
  png: (image) => image.png(),
  webp: (image) => image.webp({ quality: 88 }),
  avif: (image) => image.avif({ quality: 62, effort: 3 }),
};

/** `uploads/2026/11/3f9c2a71b0de-harbour-at-dawn.jpg`: a dated folder and a random prefix, so names never clash. */
function storagePath(originalName: string, extension: string, now: Date): string {
  const [year, month] = siteDay(now, siteConfig().timeZone).split('-');
  const stem = originalName.replace(/\.[^.]*$/, '');
  const slug = toSlug(stem, 60) || 'image';
  return `uploads/${year}/${month}/${randomBytes(6).toString('hex')}-${slug}.${extension}`;
}

/**
 * Stores an uploaded picture: checks its size and real type, decodes it, turns it upright, strips its metadata,
 * and writes it with WebP variants for responsive images; then records it. Nothing is left behind on failure.
 */
export async function uploadImage(viewer: Viewer, input: UploadInput, context: ActionContext): Promise<UploadResult> {
  const text = imageTextSchema.safeParse({ alt: input.alt, caption: input.caption ?? '', credit: input.credit ?? '' });
  if (!text.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of text.error.issues) (fieldErrors[issue.path.join('.') || 'form'] ??= []).push(issue.message);
    return { ok: false, status: 400, message: FORM_INVALID, fieldErrors };
  }
  const { bytes } = input;
  if (bytes.length === 0) return refuse(400, NO_FILE);
  const limit = maxUploadBytes();
  if (bytes.length > limit) return refuse(413, tooLargeMessage(bytes.length, limit));

  const sniffed = sniffImage(bytes.subarray(0, 4096));
  if (!sniffed.ok) return refuse(415, SNIFF_MESSAGES[sniffed.reason]);

  const options = { limitInputPixels: MAX_PIXELS, failOn: 'error', autoOrient: true } as const;
  let width: number, height: number;
  try {
    const meta = await sharp(bytes, { ...options, limitInputPixels: false }).metadata();
    if (meta.mediaType !== sniffed.mimeType) return refuse(415, SNIFF_MESSAGES.unknown);
    ({ width, height } = meta.autoOrient);
  } catch {
    return refuse(415, UNREADABLE);
  }
  if (!width || !height) return refuse(415, UNREADABLE);
  if (width * height > MAX_PIXELS) {
    return refuse(413, `The picture is ${width} × ${height} pixels; the limit is ${MAX_PIXELS / 1_000_000} megapixels. Make it smaller and retry.`);
  }

  const path = storagePath(input.originalName, sniffed.extension, new Date());
  const widths = VARIANT_WIDTHS.filter((w) => w <= width);
  let files: { path: string; data: Uint8Array }[];
  try {
    const source = sharp(bytes, options);
    files = [{ path, data: await ENCODERS[sniffed.kind](source.clone()).toBuffer() }];
    for (const w of widths) {
      files.push({ path: variantPath(path, w), data: await source.clone().resize({ width: w }).webp({ quality: 80 }).toBuffer() });
    }
  } catch {
    return refuse(415, UNREADABLE);
  }

  await writeMediaFiles(files);
  let row;
  try {
    row = await db.image.create({
      data: {
        path,
        mimeType: sniffed.mimeType,
        width,
        height,
        sizeBytes: files[0]!.data.length,
        alt: text.data.alt,
        caption: text.data.caption,
        credit: text.data.credit,
        variants: JSON.stringify(widths),
        uploadedById: viewer.userId,
      },
    });
  } catch (error) {
    await removeMediaFiles(files.map((f) => f.path));
    throw error;
  }
  await recordAudit({
    actor: actorOf(viewer),
    action: 'media.uploaded',
    target: { type: 'image', id: row.id },
    summary: `Uploaded “${row.alt}” (${width} × ${height}, ${formatBytes(row.sizeBytes)})`,
    request: context.request,
  });
  return { ok: true, image: toPickedImage(row) };
}
