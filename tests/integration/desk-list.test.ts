import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { DESK_COUNT_BOUND, DESK_PAGE_SIZE, listDeskArticles } from '@/lib/articles/desk-queries';
import { deskFilterSchema } from '@/lib/articles/schemas';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { createAccount } from '@/lib/users/accounts';
import { createArticle, createAuthor, createSection, minutesFromNow } from './factories';

// The newsroom's article list in one section of its own, paged across its boundaries: each sort gives every story
// once, in its order, on both databases (the list reads a page's ids from an index, then those rows).

let editor: Viewer;
let section: { id: string; slug: string };
/** Published stories, newest first; drafts, newest written first. */
const published: string[] = [];
const drafts: string[] = [];

const desk = async (filter: Record<string, string>) => listDeskArticles(editor, deskFilterSchema.parse({ section: section.slug, ...filter }));
const allPages = async (filter: Record<string, string>) => {
  const first = await desk(filter);
  const pages = [first];
  for (let page = 2; page <= first.pageCount; page++) pages.push(await desk({ ...filter, page: String(page) }));
  return pages;
};

beforeAll(async () => {
  const user = await createAccount({ email: `desk-${randomUUID().slice(0, 8)}@it.example`, name: 'Desk editor', role: 'editor', password: 'lantern-gull-fog-harbour-9' });
  editor = { userId: user.id, sessionId: 'it', name: user.name, email: user.email, role: 'editor', authorId: user.authorId };
  section = await createSection('Desk list');
  // Written oldest first; publication times out of step with the order of writing.
  // Fewer than a page: page 1 ends with drafts, page 2 goes on with them.
  for (let i = 0; i < DESK_PAGE_SIZE - 5; i++) {
    const story = await createArticle({ sectionId: section.id, headline: `Desk story ${String(i).padStart(2, '0')}`, publishedAt: minutesFromNow(-10 * ((i * 7) % DESK_PAGE_SIZE) - 5) });
    published.push(story.id);
  }
  for (let i = 0; i < 8; i++) {
    const story = await createArticle({ sectionId: section.id, status: 'draft', publishedAt: null, headline: `Desk draft ${i}` });
    drafts.push(story.id);
  }
  const rows = await db.article.findMany({ where: { id: { in: published } }, select: { id: true, publishedAt: true } });
  published.sort((a, b) => rows.find((r) => r.id === b)!.publishedAt!.getTime() - rows.find((r) => r.id === a)!.publishedAt!.getTime());
  drafts.sort((a, b) => (a < b ? 1 : -1));
});

describe('the desk list', () => {
  it('sorts by publication: published stories newest first, then drafts, across the page boundary', async () => {
    const pages = await allPages({ sort: 'published' });
    expect(pages).toHaveLength(2);
    expect(pages[0]!.total).toBe(published.length + drafts.length);
    expect(pages.flatMap((p) => p.items.map((item) => item.id))).toEqual([...published, ...drafts]);
  });

  it('sorts by latest change and by headline, every story once', async () => {
    const modified = (await allPages({ sort: 'modified' })).flatMap((p) => p.items);
    expect(modified.map((item) => item.id).sort()).toEqual([...published, ...drafts].sort());
    const times = modified.map((item) => item.modifiedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const byHeadline = (await allPages({ sort: 'headline' })).flatMap((p) => p.items.map((item) => item.headline));
    expect(byHeadline).toEqual([...byHeadline].sort());
    expect(byHeadline).toHaveLength(published.length + drafts.length);
  });

  it('filters by status within the section, and says so in the count', async () => {
    const onlyDrafts = await desk({ status: 'draft', sort: 'published' });
    expect(onlyDrafts.total).toBe(drafts.length);
    expect(onlyDrafts.items.map((item) => item.id)).toEqual(drafts);
    const page2 = await desk({ status: 'published', sort: 'published', page: '2' });
    expect(page2.items).toEqual([]);
  });
});

describe('the desk filtered by a headline’s words', () => {
  // Stories of a section of their own, so the counts are exact; the words are found from an index of trigrams.
  let words: { id: string; slug: string };
  const story = (headline: string, extra: Partial<Parameters<typeof createArticle>[0]> = {}) =>
    createArticle({ sectionId: words.id, headline, publishedAt: minutesFromNow(-60), ...extra });
  const find = (q: string, filter: Record<string, string> = {}) =>
    listDeskArticles(editor, deskFilterSchema.parse({ section: words.slug, q, ...filter }));
  const headlines = async (q: string, filter: Record<string, string> = {}) => (await find(q, filter)).items.map((item) => item.headline).sort();

  beforeAll(async () => {
    words = await createSection('Desk words');
    await story('Harbour wall repairs begin');
    await story('HARBOURMASTER retires after 30 years', { status: 'draft', publishedAt: null });
    await story('Ferry fares rise 50% in spring');
    await story('Ferry fares rise 50 pence');
    await story('Under_score in a headline');
    await story('École du port rouvre ses portes');
    await story('Quote "marks" in a headline');
  });

  it('finds the words anywhere in a headline, in any case, drafts too', async () => {
    expect(await headlines('harbour')).toEqual(['HARBOURMASTER retires after 30 years', 'Harbour wall repairs begin']);
    expect(await headlines('WALL REP')).toEqual(['Harbour wall repairs begin']);
    expect(await headlines('école')).toEqual(['École du port rouvre ses portes']);
    expect((await find('harbour', { status: 'draft' })).total).toBe(1);
  });

  it('takes the characters of a LIKE pattern and quotes literally', async () => {
    expect(await headlines('50%')).toEqual(['Ferry fares rise 50% in spring']);
    expect(await headlines('a_e')).toEqual([]);
    expect(await headlines('under_score')).toEqual(['Under_score in a headline']);
    expect(await headlines('"marks"')).toEqual(['Quote "marks" in a headline']);
  });

  it('finds words shorter than a trigram too', async () => {
    expect(await headlines('50')).toEqual(['Ferry fares rise 50 pence', 'Ferry fares rise 50% in spring']);
    expect(await headlines('DU')).toEqual(['École du port rouvre ses portes']);
  });

  it('follows a headline when it changes and forgets a deleted story', async () => {
    const renamed = await story('Lighthouse keeper honoured');
    expect(await headlines('lighthouse')).toEqual(['Lighthouse keeper honoured']);
    await db.article.update({ where: { id: renamed.id }, data: { headline: 'Lamp keeper honoured' } });
    expect(await headlines('lighthouse')).toEqual([]);
    expect(await headlines('lamp keeper')).toEqual(['Lamp keeper honoured']);
    await db.article.delete({ where: { id: renamed.id } });
    expect(await headlines('keeper')).toEqual([]);
  });

  it('pages the matches in each sort like the list without the filter', async () => {
    for (const sort of ['modified', 'published', 'headline']) {
      const all = (await listDeskArticles(editor, deskFilterSchema.parse({ section: words.slug, sort }))).items;
      const fares = (await find('fares', { sort })).items;
      expect(fares.map((item) => item.id)).toEqual(all.filter((item) => item.headline.includes('fares')).map((item) => item.id));
    }
  });

  it('shows a contributor only their own stories among the matches', async () => {
    const user = await createAccount({ email: `desk-c-${randomUUID().slice(0, 8)}@it.example`, name: 'Desk contributor', role: 'contributor', password: 'lantern-gull-fog-harbour-9' });
    const contributor: Viewer = { userId: user.id, sessionId: 'it', name: user.name, email: user.email, role: 'contributor', authorId: user.authorId };
    await story('Harbour seals counted', { ownerId: user.id, status: 'draft', publishedAt: null });
    const mine = await listDeskArticles(contributor, deskFilterSchema.parse({ q: 'harbour' }));
    expect(mine.items.map((item) => item.headline)).toEqual(['Harbour seals counted']);
    expect(mine.total).toBe(1);
  });

  it('counts up to a thousand matches, says there are more, and pages through the first thousand in order', async () => {
    const many = await createSection('Desk many');
    const start = Date.now() - 86_400_000;
    await db.article.createMany({
      data: Array.from({ length: DESK_COUNT_BOUND + 10 }, (_, i) => ({
        slug: `desk-tide-${randomUUID()}`,
        headline: `Tide table ${String(i).padStart(4, '0')}`,
        standfirst: '',
        body: '{"type":"doc","content":[]}',
        status: i % 3 === 0 ? 'draft' : 'published',
        publishedAt: i % 3 === 0 ? null : new Date(start + i * 60_000),
        sectionId: many.id,
      })),
    });
    const tide = (filter: Record<string, string>) => listDeskArticles(editor, deskFilterSchema.parse({ section: many.slug, q: 'tide table', ...filter }));
    const first = await tide({});
    expect(first).toMatchObject({ total: DESK_COUNT_BOUND, totalIsLowerBound: true, pageCount: DESK_COUNT_BOUND / DESK_PAGE_SIZE });
    expect((await tide({ page: String(first.pageCount + 1) })).items).toEqual([]);
    // The last page is full, and each sort's pages follow on from one another.
    const byHeadline = [...(await tide({ sort: 'headline' })).items, ...(await tide({ sort: 'headline', page: '2' })).items].map((item) => item.headline);
    expect(byHeadline).toEqual(Array.from({ length: 2 * DESK_PAGE_SIZE }, (_, i) => `Tide table ${String(i).padStart(4, '0')}`));
    const last = await tide({ sort: 'published', page: String(first.pageCount) });
    expect(last.items).toHaveLength(DESK_PAGE_SIZE);
    const newest = (await tide({ sort: 'published' })).items.map((item) => item.publishedAt!.getTime());
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
    expect(newest[0]).toBe(start + (DESK_COUNT_BOUND + 9) * 60_000);
    // Fewer matches than the bound are counted exactly.
    expect(await tide({ status: 'draft' })).toMatchObject({ total: Math.ceil((DESK_COUNT_BOUND + 10) / 3), totalIsLowerBound: false });

    // A byline alone is counted exactly however many stories it has, and pages to the last of them.
    const author = await createAuthor('Desk prolific');
    const stories = await db.article.findMany({ where: { sectionId: many.id }, select: { id: true } });
    await db.articleAuthor.createMany({ data: stories.map((story) => ({ articleId: story.id, authorId: author.id, position: 0 })) });
    const byline = (filter: Record<string, string>) => listDeskArticles(editor, deskFilterSchema.parse({ author: author.slug, ...filter }));
    const all = await byline({ sort: 'headline' });
    expect(all).toMatchObject({ total: DESK_COUNT_BOUND + 10, totalIsLowerBound: false, pageCount: Math.ceil((DESK_COUNT_BOUND + 10) / DESK_PAGE_SIZE) });
    expect(all.items[0]!.headline).toBe('Tide table 0000');
    const lastPage = await byline({ sort: 'headline', page: String(all.pageCount) });
    expect(lastPage.items.map((item) => item.headline).at(-1)).toBe(`Tide table ${DESK_COUNT_BOUND + 9}`);
    expect(await byline({ q: 'table 100' })).toMatchObject({ total: 10 });
  });
});
