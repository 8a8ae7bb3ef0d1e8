import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { DESK_PAGE_SIZE, listDeskArticles } from '@/lib/articles/desk-queries';
import { deskFilterSchema } from '@/lib/articles/schemas';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { createAccount } from '@/lib/users/accounts';
import { createArticle, createSection, minutesFromNow } from './factories';

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
