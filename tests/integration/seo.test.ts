import fs from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { getArticle } from '@/lib/articles/queries';
import { db } from '@/lib/db/client';
import { readCrop } from '@/lib/media/crops';
import { mediaDir } from '@/lib/media/storage';
import { articleMetadata } from '@/lib/seo/metadata';
import { expireTagsNow } from '@/lib/cache/tag-clock';
import { cacheTags } from '@/lib/cache/tags';
import { articleLastModified } from '@/lib/seo/last-modified';
import { newsArticleJsonLd } from '@/lib/seo/structured-data';
import { storyAddressServer } from '../support/story-address-server';
import { createArticle, createAuthor, createSection, createTag, minutesFromNow } from './factories';

const SITE = process.env.SITE_URL ?? 'http://localhost:3000';

async function storedPicture(width: number, height: number) {
  const relative = `seed/seo-${randomUUID().slice(0, 8)}.jpg`;
  const file = path.join(mediaDir(), relative);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await sharp({ create: { width, height, channels: 3, background: '#a4161a' } }).jpeg().toFile(file);
  return db.image.create({ data: { path: relative, mimeType: 'image/jpeg', width, height, alt: 'The quay at dawn' } });
}

describe('an article’s search and social data', () => {
  it('says what the first paragraph says when the story has no standfirst', async () => {
    const section = await createSection();
    const row = await createArticle({ sectionId: section.id });
    const opening = 'Fog closed the harbour mouth for six hours on Sunday.';
    await db.article.update({
      where: { id: row.id },
      data: { standfirst: '', body: JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: opening }] }] }) },
    });
    const article = await getArticle(row.slug);
    if (!article) throw new Error('The article is not visible');
    const metadata = articleMetadata(article);
    expect(metadata.description).toBe(opening);
    expect(metadata.openGraph?.description).toBe(opening);
    expect(newsArticleJsonLd(article).description).toBe(opening);
  });

  it('names its crops, authors, section and tags, and the editor’s SEO fields', async () => {
    const [section, first, second, tag, hero, social] = await Promise.all([
      createSection('Harbour'),
      createAuthor('Ada Quill'),
      createAuthor('Ben Rook'),
      createTag('Ferries'),
      storedPicture(1600, 900),
      storedPicture(1400, 1400),
    ]);
    const row = await createArticle({ sectionId: section.id, authorIds: [first.id, second.id], tagIds: [tag.id] });
    await db.article.update({
      where: { id: row.id },
      data: { heroImageId: hero.id, socialImageId: social.id, seoTitle: 'Ferries: what changes', noindex: true },
    });
    const article = await getArticle(row.slug);
    if (!article) throw new Error('The article is not visible');

    const ld = newsArticleJsonLd(article);
    expect(ld.image).toEqual(
      ['1200x675', '1200x900', '1200x1200'].map((size) => ({
        '@type': 'ImageObject',
        url: `${SITE}/og/crop/${size}/${hero.path}`,
        width: size.split('x')[0],
        height: size.split('x')[1],
      })),
    );
    expect(ld.author).toEqual([
      { '@type': 'Person', name: 'Ada Quill', url: `${SITE}/author/${first.slug}` },
      { '@type': 'Person', name: 'Ben Rook', url: `${SITE}/author/${second.slug}` },
    ]);
    expect(ld).toMatchObject({ articleSection: 'Harbour', keywords: ['Ferries'], isAccessibleForFree: true });

    const metadata = articleMetadata(article);
    expect(metadata.title).toBe('Ferries: what changes');
    expect(metadata.robots).toEqual({ index: false, follow: true });
    // The social image wins for Open Graph; the hero for structured data.
    expect(JSON.stringify(metadata.openGraph)).toContain(`/og/crop/1200x630/${social.path}`);
  });
});

describe('picture crops', () => {
  it('are made at exactly the asked size, also from a smaller picture, and kept on disk', async () => {
    const small = await storedPicture(800, 600);
    for (const [size, width, height] of [['1200x630', 1200, 630], ['1200x1200', 1200, 1200]] as const) {
      const crop = await readCrop(small.path.split('/'), size);
      expect(crop).not.toBeNull();
      expect(await sharp(crop!).metadata()).toMatchObject({ format: 'jpeg', width, height });
    }
    const kept = path.join(mediaDir(), 'crops', '1200x630', `${small.path}.jpg`);
    await expect(fs.stat(kept)).resolves.toBeTruthy();
    expect(await readCrop(['seed', 'no-such-picture.jpg'], '1200x630')).toBeNull();
    expect(await readCrop(['..', 'etc', 'passwd.jpg'], '1200x630')).toBeNull();
  });
});

describe('Last-Modified for article pages', () => {
  it('is the article’s last write, for its own address only and only while readers can see it', async () => {
    const section = await createSection();
    const live = await createArticle({ sectionId: section.id });
    const draft = await createArticle({ sectionId: section.id, status: 'draft', publishedAt: null });
    const later = await createArticle({ sectionId: section.id, status: 'scheduled', publishedAt: minutesFromNow(30) });

    const found = await articleLastModified(`/${section.slug}/${live.slug}`);
    expect(found?.httpDate).toBe(new Date(Math.floor(live.modifiedAt.getTime() / 1000) * 1000).toUTCString());
    expect(await articleLastModified(`/other-section/${live.slug}`)).toBeNull();
    expect(await articleLastModified(`/${section.slug}/${draft.slug}`)).toBeNull();
    expect(await articleLastModified(`/${section.slug}/${later.slug}`)).toBeNull();
    expect(await articleLastModified(`/tag/${live.slug}`)).toBeNull();
  });

  it('follows a change as soon as the article’s cache tag is invalidated (by a publish step on any instance)', async () => {
    const section = await createSection();
    const row = await createArticle({ sectionId: section.id });
    const url = `/${section.slug}/${row.slug}`;
    const before = await articleLastModified(url);
    const changed = await db.article.update({ where: { id: row.id }, data: { headline: 'Changed', modifiedAt: new Date(row.modifiedAt.getTime() + 5000) } });
    // Written behind the application's back: the time it remembers stands.
    expect(await articleLastModified(url)).toEqual(before);
    await expireTagsNow([cacheTags.article(row.slug)]);
    expect((await articleLastModified(url))?.time).toBe(Math.floor(changed.modifiedAt.getTime() / 1000) * 1000);
  });

  it('answers If-Modified-Since with 304 when nothing changed since, and leaves If-None-Match to the ETag', async () => {
    const section = await createSection();
    const row = await createArticle({ sectionId: section.id });
    const url = `/${section.slug}/${row.slug}`;
    const server = await storyAddressServer();
    try {
      const get = (headers: Record<string, string> = {}) => fetch(server.origin + url, { headers });
      const plain = await get();
      const lastModified = plain.headers.get('last-modified')!;
      expect(lastModified).toBe(new Date(Math.floor(row.modifiedAt.getTime() / 1000) * 1000).toUTCString());
      expect(await plain.json()).toEqual({ page: url, ifModifiedSince: null });

      const unchanged = await get({ 'if-modified-since': lastModified });
      expect(unchanged.status).toBe(304);
      expect(unchanged.headers.get('last-modified')).toBe(lastModified);
      const stale = await get({ 'if-modified-since': new Date(0).toUTCString() });
      expect(stale.status).toBe(200);

      // With If-None-Match, the ETag decides (server.mjs): If-Modified-Since does not reach the page.
      const both = await get({ 'if-modified-since': lastModified, 'if-none-match': '"abc"' });
      expect(both.status).toBe(200);
      expect(await both.json()).toEqual({ page: url, ifModifiedSince: null });
    } finally {
      await server.close();
    }
  });
});
