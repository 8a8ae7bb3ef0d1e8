import fs from 'node:fs/promises';
import path from 'node:path';

/** Where uploaded and generated images live (MEDIA_DIR, default ./data/media). */
export function mediaDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.MEDIA_DIR ?? 'data/media');
}

const SAFE_SEGMENT = /^[a-z0-9][a-z0-9._-]{0,120}$/i;

export const MEDIA_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

/** Resolves a public media path to a file inside MEDIA_DIR, or null for anything that could escape it. */
export function resolveMediaFile(segments: string[]): { file: string; type: string } | null {
  if (segments.length === 0 || segments.length > 4 || !segments.every((s) => SAFE_SEGMENT.test(s) && !s.includes('..'))) {
    return null;
  }
  const type = MEDIA_TYPES[path.extname(segments.at(-1) ?? '').toLowerCase()];
  if (!type) return null;
  const root = mediaDir();
  const file = path.join(/*turbopackIgnore: true*/ root, ...segments);
  return file.startsWith(root + path.sep) ? { file, type } : null;
}

export async function readMediaFile(segments: string[]): Promise<{ body: Buffer; type: string } | null> {
  const resolved = resolveMediaFile(segments);
  if (!resolved) return null;
  try {
    return { body: await fs.readFile(resolved.file), type: resolved.type };
  } catch {
    return null;
  }
}
