import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '@/lib/auth/roles';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { readCrop } from '@/lib/media/crops';
import { listImages } from '@/lib/media/library';
import { deleteImage, NOT_YOUR_IMAGE, updateImage } from '@/lib/media/manage';
import { SNIFF_MESSAGES } from '@/lib/media/sniff';
import { mediaDir } from '@/lib/media/storage';
import { uploadImage, type UploadResult } from '@/lib/media/upload';
import { parseVariants, variantPath } from '@/lib/media/urls';
import { createAccount } from '@/lib/users/accounts';
import { createArticle, createSection } from './factories';

const context = { request: { ip: '198.51.100.7', userAgent: 'vitest' } };

async function viewerWith(role: Role): Promise<Viewer> {
  const user = await createAccount({ email: `${role}-${randomUUID().slice(0, 8)}@media.example`, name: `Media ${role}`, role, password: 'lantern-gull-fog-harbour-9' });
  return { userId: user.id, sessionId: 'it', name: user.name, email: user.email, role, authorId: user.authorId };
}

const picture = (width: number, height: number, format: 'png' | 'jpeg' = 'png') =>
  sharp({ create: { width, height, channels: 3, background: '#1d6f8a' } }).toFormat(format).toBuffer();

/** Every file under MEDIA_DIR, relative to it. */
function storedFiles(): string[] {
  const root = mediaDir();
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(root, f)).isFile());
}

const fileOf = (relative: string) => path.join(mediaDir(), relative);

function uploaded(result: UploadResult) {
  if (!result.ok) throw new Error(`Upload refused: ${result.message}`);
  return result.image;
}

async function upload(viewer: Viewer, bytes: Uint8Array, extra: Partial<{ alt: string; caption: string; credit: string; name: string }> = {}) {
  return uploadImage(
    viewer,
    { bytes, originalName: extra.name ?? 'Harbour at dawn.png', alt: extra.alt ?? 'Fishing boats moored at dawn', caption: extra.caption ?? '', credit: extra.credit ?? '' },
    context,
  );
}

afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.MEDIA_MAX_BYTES;
});

describe('uploading a picture', () => {
  it('stores the original and WebP variants no wider than it, and records the row', async () => {
    const viewer = await viewerWith('contributor');
    const image = uploaded(await upload(viewer, await picture(1400, 700), { caption: 'The quay before the auction.', credit: 'Port Merrow Gazette' }));

    const row = await db.image.findUniqueOrThrow({ where: { id: image.id } });
    expect(row.path).toMatch(/^uploads\/\d{4}\/\d{2}\/[0-9a-f]{12}-harbour-at-dawn\.png$/);
    expect(row).toMatchObject({ mimeType: 'image/png', width: 1400, height: 700, uploadedById: viewer.userId, caption: 'The quay before the auction.' });
    expect(parseVariants(row.variants)).toEqual([320, 640, 960, 1280]);
    expect(fs.existsSync(fileOf(row.path))).toBe(true);
    for (const width of [320, 640, 960, 1280]) {
      const meta = await sharp(fileOf(variantPath(row.path, width))).metadata();
      expect(meta).toMatchObject({ format: 'webp', width, height: width / 2 });
    }
    expect(fs.existsSync(fileOf(variantPath(row.path, 1920)))).toBe(false);
    expect(image.srcSet).toContain('-640.webp 640w');
    expect(await db.auditEvent.count({ where: { action: 'media.uploaded', targetId: image.id } })).toBe(1);
  });

  it('turns a photo upright by its EXIF orientation and strips the metadata', async () => {
    const viewer = await viewerWith('author');
    const sideways = await sharp({ create: { width: 400, height: 200, channels: 3, background: '#884422' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const image = uploaded(await upload(viewer, sideways, { name: 'phone.jpg' }));
    expect(image).toMatchObject({ width: 200, height: 400 });
    const row = await db.image.findUniqueOrThrow({ where: { id: image.id } });
    const meta = await sharp(fileOf(row.path)).metadata();
    expect(meta).toMatchObject({ width: 200, height: 400 });
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
  });

  it('refuses a text file named .jpg and writes nothing', async () => {
    const viewer = await viewerWith('contributor');
    const [filesBefore, rowsBefore] = [storedFiles(), await db.image.count()];
    const result = await upload(viewer, new TextEncoder().encode('This is not a picture, only notes.\n'), { name: 'holiday.jpg' });
    expect(result).toMatchObject({ ok: false, status: 415, message: SNIFF_MESSAGES.unknown });
    expect(storedFiles()).toEqual(filesBefore);
    expect(await db.image.count()).toBe(rowsBefore);
  });

  it('refuses an SVG, whatever it is called', async () => {
    const viewer = await viewerWith('contributor');
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>');
    expect(await upload(viewer, svg, { name: 'logo.png' })).toMatchObject({ ok: false, status: 415, message: SNIFF_MESSAGES.svg });
  });

  it('refuses a picture without alt text, with a message for that field', async () => {
    const viewer = await viewerWith('contributor');
    const result = await upload(viewer, await picture(50, 50), { alt: '   ' });
    expect(result).toMatchObject({ ok: false, status: 400 });
    expect(!result.ok && result.fieldErrors?.alt?.[0]).toMatch(/alt text/i);
  });

  it('refuses a file over MEDIA_MAX_BYTES, naming the limit', async () => {
    process.env.MEDIA_MAX_BYTES = String(2 * 1024);
    const viewer = await viewerWith('contributor');
    const big = await sharp({ create: { width: 300, height: 300, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } }).png().toBuffer();
    const result = await upload(viewer, big);
    expect(result).toMatchObject({ ok: false, status: 413 });
    expect(!result.ok && result.message).toMatch(/the limit is 2 KB/);
  });

  it('refuses a picture of more than 40 megapixels before decoding it', async () => {
    const viewer = await viewerWith('contributor');
    const huge = await sharp({ create: { width: 8000, height: 5100, channels: 3, background: '#000' } }).png({ compressionLevel: 9 }).toBuffer();
    const result = await upload(viewer, huge);
    expect(result).toMatchObject({ ok: false, status: 413 });
    expect(!result.ok && result.message).toMatch(/8000 × 5100 pixels; the limit is 40 megapixels/);
  });

  it('refuses a damaged picture', async () => {
    const viewer = await viewerWith('contributor');
    const whole = await picture(600, 400, 'jpeg');
    const result = await upload(viewer, whole.subarray(0, Math.floor(whole.length / 3)), { name: 'cut.jpg' });
    expect(result).toMatchObject({ ok: false, status: 415 });
  });

  it('removes the files it wrote when the database write fails', async () => {
    const viewer = await viewerWith('contributor');
    const filesBefore = storedFiles();
    vi.spyOn(db.image, 'create').mockRejectedValueOnce(new Error('database is locked'));
    await expect(upload(viewer, await picture(700, 400))).rejects.toThrow('database is locked');
    expect(storedFiles()).toEqual(filesBefore);
  });
});

describe('the library', () => {
  it('finds pictures by caption or credit, newest first', async () => {
    const viewer = await viewerWith('contributor');
    const marker = `lighthouse-${randomUUID().slice(0, 6)}`;
    const older = uploaded(await upload(viewer, await picture(40, 40), { caption: `The ${marker} at dusk` }));
    const newer = uploaded(await upload(viewer, await picture(40, 40), { credit: `Photo: ${marker.toUpperCase()}` }));
    const found = await listImages({ q: marker });
    expect(found.items.map((i) => i.id)).toEqual([newer.id, older.id]);
  });
});

describe('changing and deleting a picture', () => {
  it('refuses to delete a picture used as an article hero, naming the article', async () => {
    const viewer = await viewerWith('editor');
    const image = uploaded(await upload(viewer, await picture(400, 300)));
    const section = await createSection();
    const article = await createArticle({ sectionId: section.id, headline: 'Ferry timetable changes' });
    await db.article.update({ where: { id: article.id }, data: { heroImageId: image.id } });
    const result = await deleteImage(viewer, image.id, context);
    expect(result).toMatchObject({ ok: false, status: 409 });
    expect(!result.ok && result.message).toContain('Used as the hero of “Ferry timetable changes”');
    expect(await db.image.count({ where: { id: image.id } })).toBe(1);
  });

  it('refuses to delete a picture placed in an article body', async () => {
    const viewer = await viewerWith('editor');
    const image = uploaded(await upload(viewer, await picture(400, 300)));
    const section = await createSection();
    const article = await createArticle({ sectionId: section.id, headline: 'Storm damage on the coast road' });
    const body = { type: 'doc', content: [{ type: 'figure', attrs: { imageId: image.id, src: image.src, alt: image.alt } }] };
    await db.article.update({ where: { id: article.id }, data: { body: JSON.stringify(body) } });
    const result = await deleteImage(viewer, image.id, context);
    expect(!result.ok && result.message).toContain('in the text of “Storm damage on the coast road”');
  });

  it('deletes an unused picture with all its files', async () => {
    const viewer = await viewerWith('contributor');
    const image = uploaded(await upload(viewer, await picture(700, 400)));
    const row = await db.image.findUniqueOrThrow({ where: { id: image.id } });
    const files = [row.path, ...parseVariants(row.variants).map((w) => variantPath(row.path, w))];
    expect(files.every((f) => fs.existsSync(fileOf(f)))).toBe(true);

    expect(await deleteImage(viewer, image.id, context)).toMatchObject({ ok: true });
    expect(await db.image.count({ where: { id: image.id } })).toBe(0);
    expect(files.some((f) => fs.existsSync(fileOf(f)))).toBe(false);
    expect(await db.auditEvent.count({ where: { action: 'media.deleted', targetId: image.id } })).toBe(1);
  });

  it('stops serving a deleted picture’s social-image crops, and deletes them with it', async () => {
    const viewer = await viewerWith('editor');
    const image = uploaded(await upload(viewer, await picture(900, 500)));
    const row = await db.image.findUniqueOrThrow({ where: { id: image.id } });
    expect(await readCrop(row.path.split('/'), '1200x630')).not.toBeNull();
    const crop = path.join(mediaDir(), 'crops', '1200x630', `${row.path}.jpg`);
    expect(fs.existsSync(crop)).toBe(true);

    expect(await deleteImage(viewer, image.id, context)).toMatchObject({ ok: true });
    expect(await readCrop(row.path.split('/'), '1200x630')).toBeNull();
    expect(fs.existsSync(crop)).toBe(false);
  });

  it('lets only editors or the uploader change or delete a picture', async () => {
    const owner = await viewerWith('contributor');
    const other = await viewerWith('author');
    const editor = await viewerWith('editor');
    const image = uploaded(await upload(owner, await picture(100, 100)));
    const text = { alt: 'A gull on a bollard', caption: '', credit: '' };
    expect(await updateImage(other, image.id, text, context)).toEqual({ ok: false, status: 403, message: NOT_YOUR_IMAGE });
    expect(await deleteImage(other, image.id, context)).toEqual({ ok: false, status: 403, message: NOT_YOUR_IMAGE });
    expect(await updateImage(editor, image.id, text, context)).toMatchObject({ ok: true });
    expect((await db.image.findUniqueOrThrow({ where: { id: image.id } })).alt).toBe('A gull on a bollard');
    expect(await db.auditEvent.count({ where: { action: 'media.updated', targetId: image.id } })).toBe(1);
    expect(await deleteImage(owner, image.id, context)).toMatchObject({ ok: true });
  });
});
