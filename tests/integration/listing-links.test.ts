import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAuthorArticles, getTagArticles } from '@/lib/articles/queries';
import { db } from '@/lib/db/client';
import { createArticle, createAuthor, createSection, createTag, minutesFromNow } from './factories';

// Tag and author pages read a story's live publication time from the link rows ("listedAt"), which database
// triggers copy from Article (the listing_indexes migration). Whatever changes a story's status or time, by
// whichever path, the pages follow; and a migration that drops the triggers fails here.
describe('tag and author pages follow a story through its life', () => {
  let section: Awaited<ReturnType<typeof createSection>>;
  let author: Awaited<ReturnType<typeof createAuthor>>;
  let tag: Awaited<ReturnType<typeof createTag>>;

  // Other files share the database: a story left 'scheduled' with its minute just past would be announced to
  // search engines by the next due-story refresh there (tests/integration/indexnow.test.ts counts those pings).
  afterAll(() => db.article.deleteMany({ where: { sectionId: section.id } }));

  beforeAll(async () => {
    section = await createSection('Listing section');
    author = await createAuthor('Listing Author');
    tag = await createTag('Listing tag');
  });

  const listed = async () => ({
    tag: (await getTagArticles(tag.slug, 1)).items.map((a) => a.id),
    author: (await getAuthorArticles(author.slug, 1)).items.map((a) => a.id),
  });
  const links = (articleId: string) =>
    Promise.all([
      db.articleTag.findMany({ where: { articleId }, select: { listedAt: true } }),
      db.articleAuthor.findMany({ where: { articleId }, select: { listedAt: true } }),
    ]).then((rows) => rows.flat().map((r) => r.listedAt?.toISOString() ?? null));

  it('lists a story when it is published, at its publication time, and not while it is a draft', async () => {
    const story = await createArticle({ sectionId: section.id, status: 'draft', publishedAt: null, authorIds: [author.id], tagIds: [tag.id] });
    expect(await links(story.id)).toEqual([null, null]);
    expect((await listed()).tag).not.toContain(story.id);

    const at = minutesFromNow(-10);
    await db.article.update({ where: { id: story.id }, data: { status: 'published', publishedAt: at } });
    expect(await links(story.id)).toEqual([at.toISOString(), at.toISOString()]);
    expect(await listed()).toEqual({ tag: [story.id], author: [story.id] });

    await db.article.update({ where: { id: story.id }, data: { status: 'unpublished' } });
    expect(await links(story.id)).toEqual([null, null]);
    expect(await listed()).toEqual({ tag: [], author: [] });
  });

  it('lists a scheduled story only from its minute, and keeps a link added after publication', async () => {
    const later = minutesFromNow(90);
    const story = await createArticle({ sectionId: section.id, status: 'scheduled', publishedAt: later, authorIds: [author.id] });
    expect(await links(story.id)).toEqual([later.toISOString()]);
    expect((await listed()).author).not.toContain(story.id);

    const earlier = minutesFromNow(-1);
    await db.article.update({ where: { id: story.id }, data: { publishedAt: earlier } });
    await db.articleTag.create({ data: { articleId: story.id, tagId: tag.id } });
    expect(await links(story.id)).toEqual([earlier.toISOString(), earlier.toISOString()]);
    expect((await listed()).tag).toContain(story.id);
    expect((await listed()).author).toContain(story.id);
  });

  it('orders a page newest first, as the section front does', async () => {
    const ids: string[] = [];
    for (const minutes of [-300, -200, -100]) {
      ids.push((await createArticle({ sectionId: section.id, publishedAt: minutesFromNow(minutes), tagIds: [tag.id] })).id);
    }
    const page = await getTagArticles(tag.slug, 1);
    expect(page.items.map((a) => a.id).filter((id) => ids.includes(id))).toEqual([...ids].reverse());
  });
});
