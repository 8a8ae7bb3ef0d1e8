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

/** Writes new files under MEDIA_DIR, all or none: on any failure the ones already written are removed. */
export async function writeMediaFiles(files: { path: string; data: Uint8Array }[]): Promise<void> {
  const targets = files.map((f) => {
    const resolved = resolveMediaFile(f.path.split('/'));
    if (!resolved) throw new Error(`Unsafe media path: ${f.path}`);
    return { file: resolved.file, data: f.data };
  });
  const written: string[] = [];
  try {
    for (const target of targets) {
      await fs.mkdir(path.dirname(target.file), { recursive: true });
      // 'wx': never overwrite a file that already exists.
      await fs.writeFile(target.file, target.data, { flag: 'wx' });
      written.push(target.file);
    }
  } catch (error) {
    await Promise.all(written.map((file) => fs.rm(file, { force: true })));
    throw error;
  }
}

/**
 * Removes files under MEDIA_DIR, and the social-image crops made from them (lib/media/crops.ts keeps those under
 * MEDIA_DIR/crops/<size>/<path>.jpg); a file already gone is not an error.
 */
export async function removeMediaFiles(paths: string[]): Promise<void> {
  const cropSizes = await fs.readdir(path.join(/*turbopackIgnore: true*/ mediaDir(), 'crops')).catch(() => [] as string[]);
  await Promise.all(
    paths.map(async (p) => {
      const resolved = resolveMediaFile(p.split('/'));
      if (!resolved) return;
      await fs.rm(resolved.file, { force: true });
      for (const size of cropSizes) await fs.rm(path.join(/*turbopackIgnore: true*/ mediaDir(), 'crops', size, `${p}.jpg`), { force: true });
    }),
  );
}
