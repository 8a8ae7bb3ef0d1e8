import { beforeAll, describe, expect, it } from 'vitest';
import {
  getArticle,
  getAuthorArticles,
  getHomepage,
  getLatestArticles,
  getRelatedArticles,
  getSectionArticles,
  getTagArticles,
} from '@/lib/articles/queries';
import { createArticle, createAuthor, createSection, createTag, minutesFromNow } from './factories';

// Readers must never see a draft, an article in review, an unpublished one, or one whose time has not come.
describe('reader queries on a migrated database', () => {
  let section: Awaited<ReturnType<typeof createSection>>;
  let author: Awaited<ReturnType<typeof createAuthor>>;
  let tag: Awaited<ReturnType<typeof createTag>>;
  const visible: string[] = [];
  const hidden: { id: string; slug: string; why: string }[] = [];

  beforeAll(async () => {
    section = await createSection();
    author = await createAuthor();
    tag = await createTag();
    const common = { sectionId: section.id, authorIds: [author.id], tagIds: [tag.id] };
    for (const minutes of [-5, -60, -120]) {
      visible.push((await createArticle({ ...common, publishedAt: minutesFromNow(minutes) })).id);
    }
    const cases = [
      { why: 'draft', status: 'draft', publishedAt: null },
      { why: 'in review', status: 'review', publishedAt: null },
      { why: 'unpublished', status: 'unpublished', publishedAt: minutesFromNow(-30) },
      { why: 'published with a future time', status: 'published', publishedAt: minutesFromNow(60) },
      { why: 'scheduled for later', status: 'scheduled', publishedAt: minutesFromNow(90) }, // never falls due during the run
    ] as const;
    for (const c of cases) {
      const row = await createArticle({ ...common, status: c.status, publishedAt: c.publishedAt });
      hidden.push({ id: row.id, slug: row.slug, why: c.why });
    }
  });

  it('lists only live articles on the section front, newest first', async () => {
    const page = await getSectionArticles(section.slug, 1);
    expect(page.items.map((a) => a.id)).toEqual(visible);
    expect(page.total).toBe(3);
  });

  it('lists only live articles on the author and tag pages', async () => {
    expect((await getAuthorArticles(author.slug, 1)).items.map((a) => a.id)).toEqual(visible);
    expect((await getTagArticles(tag.slug, 1)).items.map((a) => a.id)).toEqual(visible);
  });

  it('never serves a hidden article by its slug', async () => {
    for (const h of hidden) expect(await getArticle(h.slug), h.why).toBeNull();
  });

  it('keeps hidden articles out of latest news, the homepage and related stories', async () => {
    const hiddenIds = new Set(hidden.map((h) => h.id));
    const latest = await getLatestArticles(50);
    const home = await getHomepage();
    const related = await getRelatedArticles(visible[0]!, 6);
    const shown = [
      ...latest,
      ...home.latest,
      ...(home.lead ? [home.lead] : []),
      ...home.sections.flatMap((s) => s.articles),
      ...related,
    ];
    expect(shown.filter((a) => hiddenIds.has(a.id))).toEqual([]);
    expect(related.map((a) => a.id)).toEqual(expect.arrayContaining([visible[1], visible[2]]));
    expect(related.map((a) => a.id)).not.toContain(visible[0]);
  });

  it('serves a live article with its section, byline, tags and rendered body', async () => {
    const list = await getSectionArticles(section.slug, 1);
    const article = await getArticle(list.items[0]!.slug);
    expect(article).toMatchObject({
      id: visible[0],
      url: `/${section.slug}/${list.items[0]!.slug}`,
      section: { slug: section.slug, name: section.name },
      authors: [{ slug: author.slug, name: author.name, url: `/author/${author.slug}` }],
      tags: [{ slug: tag.slug, name: tag.name }],
      bodyHtml: '<p>Body text.</p>',
      updatedAt: null,
    });
  });

  it('paginates twenty stories to a page', async () => {
    const busy = await createSection('Busy');
    for (let i = 0; i < 23; i++) await createArticle({ sectionId: busy.id, publishedAt: minutesFromNow(-10 - i) });
    const first = await getSectionArticles(busy.slug, 1);
    const second = await getSectionArticles(busy.slug, 2);
    expect([first.items.length, second.items.length, first.pageCount, second.total]).toEqual([20, 3, 2, 23]);
    expect(new Set([...first.items, ...second.items].map((a) => a.id)).size).toBe(23);
  });
});
