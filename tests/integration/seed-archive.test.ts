import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyText, type BodyNode } from '@/lib/articles/body';
import { getAuthorArticles, getTagArticles } from '@/lib/articles/queries';
import { db } from '@/lib/db/client';
import { databaseTarget } from '@/lib/db/url';
import { mediaDir } from '@/lib/media/storage';
import { parseSearchParams } from '@/lib/search/params';
import { searchArticles } from '@/lib/search/search';
import { isSlug } from '@/lib/text/slug';
import { archiveId, seedArchive, type ArchiveResult } from '@/prisma/seed/archive';
import { seed } from '@/prisma/seed/seed';

// Runs on SQLite by default and on PostgreSQL with DATABASE_URL=postgresql://…. Other test files share the
// database, so the archive is removed again afterwards (its stories are the ones whose ids start "arch_").

const STORIES = 300;
const target = databaseTarget();
const ARCHIVED = { id: { startsWith: 'arch_' } };
const ARCHIVE_TAGS = { id: { startsWith: 'arch_tag_' } };
const YEAR_MS = 365.25 * 86_400_000;

async function removeArchive() {
  await db.article.deleteMany({ where: ARCHIVED });
  await db.tag.deleteMany({ where: ARCHIVE_TAGS });
}

const archiveStories = () =>
  db.article.findMany({ where: ARCHIVED, include: { authors: true, tags: true }, orderBy: { id: 'asc' } });

describe('npm run seed:archive', () => {
  let first: ArchiveResult;
  let second: ArchiveResult;

  beforeAll(async () => {
    await removeArchive();
    await seed({ db, mediaRoot: mediaDir(), demoAccounts: false });
    // Small batches, so one run takes several transactions and a partial last one.
    first = await seedArchive({ target, stories: STORIES, batchSize: 128 });
    second = await seedArchive({ target, stories: STORIES });
  });

  afterAll(removeArchive);

  it('adds the stories asked for, and nothing when run again', async () => {
    expect(first.added).toBe(STORIES);
    expect(first.existing).toBe(0);
    expect(first.tagsAdded).toBeGreaterThan(50);
    expect(second.added).toBe(0);
    expect(second.existing).toBe(STORIES);
    expect(await db.article.count({ where: ARCHIVED })).toBe(STORIES);
  });

  it('publishes every story, with dates spread over more than ten years and consistent timestamps', async () => {
    const stories = await archiveStories();
    const now = Date.now();
    const times = stories.map((s) => s.publishedAt!.getTime());
    expect(stories.every((s) => s.status === 'published' && s.publishedAt && s.publishedAt.getTime() < now)).toBe(true);
    expect((Math.max(...times) - Math.min(...times)) / YEAR_MS).toBeGreaterThan(10);
    expect(stories.every((s) => s.createdAt <= s.publishedAt! && s.modifiedAt >= s.publishedAt!)).toBe(true);
    expect(stories.every((s) => s.updatedAt === null || s.updatedAt > s.publishedAt!)).toBe(true);
    // More recent years are denser: the newer half of the span holds more than half of the stories.
    const middle = (Math.max(...times) + Math.min(...times)) / 2;
    expect(times.filter((t) => t > middle).length).toBeGreaterThan(STORIES / 2);
  });

  it('writes varied headlines, one-sentence standfirsts and bodies of 300–1,200 words', async () => {
    const stories = await archiveStories();
    expect(new Set(stories.map((s) => s.headline)).size).toBeGreaterThanOrEqual(STORIES * 0.95);
    expect(new Set(stories.map((s) => s.slug)).size).toBe(STORIES);
    expect(stories.every((s) => isSlug(s.slug))).toBe(true);
    expect(stories.every((s) => /[.!?”]$/.test(s.standfirst) && !/[.!?] [A-Z]/.test(s.standfirst))).toBe(true);
    const nodes = (node: BodyNode): BodyNode[] => [node, ...(node.content ?? []).flatMap(nodes)];
    const all = stories.map((s) => nodes(JSON.parse(s.body) as BodyNode));
    for (const story of stories) {
      const words = bodyText(story.body).split(/\s+/).length;
      expect(words).toBeGreaterThanOrEqual(300);
      expect(words).toBeLessThanOrEqual(1200);
    }
    expect(all.filter((n) => n.some((x) => x.type === 'heading')).length).toBeGreaterThan(STORIES / 2);
    expect(all.filter((n) => n.some((x) => x.marks?.some((m) => m.type === 'link'))).length).toBeGreaterThan(STORIES / 10);
    expect(all.filter((n) => n.some((x) => x.marks?.some((m) => m.type === 'bold'))).length).toBeGreaterThan(STORIES / 20);
  });

  it('tags stories from a long-tailed distribution, 0–5 tags each', async () => {
    const stories = await archiveStories();
    const uses = new Map<string, number>();
    for (const story of stories) for (const { tagId } of story.tags) uses.set(tagId, (uses.get(tagId) ?? 0) + 1);
    const counts = [...uses.values()].sort((a, b) => b - a);
    const median = counts[Math.floor(counts.length / 2)]!;
    expect(counts.length).toBeGreaterThan(100);
    expect(counts[0]!).toBeGreaterThanOrEqual(8 * median);
    expect(stories.every((s) => s.tags.length <= 5)).toBe(true);
    expect(stories.some((s) => s.tags.length === 0)).toBe(true);
  });

  it('gives some stories pictures and several bylines', async () => {
    const stories = await archiveStories();
    const pictured = stories.filter((s) => s.heroImageId).length / STORIES;
    expect(pictured).toBeGreaterThan(0.15);
    expect(pictured).toBeLessThan(0.45);
    expect(new Set(stories.flatMap((s) => s.authors.map((a) => a.authorId))).size).toBeGreaterThanOrEqual(5);
    expect(stories.filter((s) => s.authors.length > 1).length).toBeGreaterThan(10);
    expect(stories.every((s) => s.authors.length >= 1 && s.authors.length <= 3)).toBe(true);
    expect(stories.every((s) => [...s.authors].sort((a, b) => a.position - b.position).every((a, i) => a.position === i))).toBe(true);
  });

  it('lists the stories on their tag and author pages', async () => {
    const stories = await archiveStories();
    const tag = await db.tag.findFirstOrThrow({ where: { ...ARCHIVE_TAGS, articles: { some: {} } }, orderBy: { id: 'asc' } });
    const tagged = stories.filter((s) => s.tags.some((t) => t.tagId === tag.id)).map((s) => s.id);
    const author = await db.author.findFirstOrThrow({ where: { id: stories[0]!.authors[0]!.authorId } });
    const bylined = stories.filter((s) => s.authors.some((a) => a.authorId === author.id)).length;

    const tagPage = await getTagArticles(tag.slug, 1);
    const authorPage = await getAuthorArticles(author.slug, 1);

    // The tag is the archive's own, so its page lists exactly the archive's stories that carry it.
    expect(tagPage.total).toBe(tagged.length);
    expect(tagPage.items).toHaveLength(Math.min(20, tagged.length));
    expect(tagPage.items.every((a) => tagged.includes(a.id))).toBe(true);
    expect(authorPage.total).toBeGreaterThanOrEqual(bylined);
  });

  it('indexes the stories for search as the triggers would have', async () => {
    const stories = await archiveStories();
    const ids = stories.map((s) => s.id);
    if (target.kind === 'sqlite') {
      const [row] = await db.$queryRawUnsafe<{ docs: number | bigint; different: number | bigint }[]>(
        `SELECT count(*) AS docs, sum(d.headline IS NOT s.headline OR d.standfirst IS NOT s.standfirst OR d.tags IS NOT s.tags
           OR d.authors IS NOT s.authors OR d.body IS NOT s.body) AS different
         FROM article_search_doc d JOIN article_search_source s ON s.article_id = d.article_id
         WHERE d.article_id IN (SELECT value FROM json_each(?))`,
        JSON.stringify(ids),
      );
      expect(Number(row?.docs)).toBe(STORIES);
      expect(Number(row?.different)).toBe(0);
    } else {
      const documents = () =>
        db.$queryRawUnsafe<{ article_id: string; document: string }[]>(
          'SELECT article_id, document::text AS document FROM article_search WHERE article_id = ANY($1::text[]) ORDER BY article_id',
          ids,
        );
      const before = await documents();
      // What the triggers run for each row, for all of them: nothing changes if the bulk refresh did the same.
      await db.$executeRawUnsafe('SELECT article_search_refresh($1::text[])', ids);
      expect(before).toHaveLength(STORIES);
      expect(await documents()).toEqual(before);
    }
  });

  it('finds a story by a word of its generated headline', async () => {
    const stories = await archiveStories();
    const headlines = (await db.article.findMany({ select: { headline: true } })).map((a) => a.headline.toLowerCase());
    const words = (headline: string) => headline.toLowerCase().split(/\s+/).filter((w) => /^[a-z]{6,}$/.test(w));
    const story = stories.find((s) => words(s.headline).some((w) => headlines.filter((h) => h.includes(w)).length === 1));
    expect(story).toBeDefined();
    const word = words(story!.headline).find((w) => headlines.filter((h) => h.includes(w)).length === 1)!;

    const found = await searchArticles(parseSearchParams({ q: word }));

    expect(found.results.map((r) => r.id)).toContain(story!.id);
  });

  it('writes the same story again when one is missing, and adds only the missing ones for a larger archive', async () => {
    const id = archiveId(42);
    const read = () =>
      db.article.findUniqueOrThrow({
        where: { id },
        include: { authors: { orderBy: { position: 'asc' } }, tags: { orderBy: { tagId: 'asc' } } },
      });
    const gone = await read();
    await db.article.delete({ where: { id } });

    const refill = await seedArchive({ target, stories: STORIES });
    const grown = await seedArchive({ target, stories: STORIES + 20 });

    expect(refill.added).toBe(1);
    expect(await read()).toEqual(gone);
    expect(grown.added).toBe(20);
    expect(await db.article.count({ where: ARCHIVED })).toBe(STORIES + 20);
  });
});
