import { describe, expect, it } from 'vitest';
import { fillMissingExcerpts } from '@/lib/articles/excerpts';
import { getArticle, getSectionArticles } from '@/lib/articles/queries';
import { db } from '@/lib/db/client';
import { createArticle, createSection } from './factories';

// The card text of a story without a standfirst (most imported stories): the opening of its body, kept in
// Article.excerpt so that lists never load bodies.

const paragraphs = (...texts: string[]) => JSON.stringify({ type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });

describe('card text', () => {
  it('is the standfirst, or else the opening of the body, cut at a word within 160 characters', async () => {
    const section = await createSection('Cards');
    const long = `${'The harbour board met on Tuesday to agree the winter berthing fees for the outer moorings '.repeat(3)}and more.`;
    const withStandfirst = await createArticle({ sectionId: section.id, headline: 'With a standfirst' });
    const without = await createArticle({ sectionId: section.id, headline: 'Without a standfirst' });
    await db.article.update({ where: { id: without.id }, data: { standfirst: '', body: paragraphs('', long, 'Second paragraph.') } });
    expect(await fillMissingExcerpts(db)).toBeGreaterThan(0);

    const cards = (await getSectionArticles(section.slug, 1)).items;
    expect(cards.find((c) => c.id === withStandfirst.id)?.standfirst).toBe('A standfirst.');
    const text = cards.find((c) => c.id === without.id)!.standfirst;
    expect(text.length).toBeLessThanOrEqual(160);
    expect(text).toMatch(/^The harbour board met on Tuesday .*[a-z]…$/);
    // The story's own page has no standfirst to show: its first paragraph is right there in the text.
    const page = await getArticle(without.slug);
    expect(page?.standfirst).toBe('');
    expect(page?.description).toBe(text);
  });

  it('is filled in for stories written before it was kept, without changing when they were last modified', async () => {
    const section = await createSection('Old stories');
    const story = await createArticle({ sectionId: section.id });
    await db.article.update({ where: { id: story.id }, data: { standfirst: '', body: paragraphs('Written before excerpts were kept.'), excerpt: '' } });
    const before = await db.article.findUniqueOrThrow({ where: { id: story.id } });

    await fillMissingExcerpts(db);
    const after = await db.article.findUniqueOrThrow({ where: { id: story.id } });
    expect(after.excerpt).toBe('Written before excerpts were kept.');
    expect(after.modifiedAt).toEqual(before.modifiedAt);
    // A second pass finds nothing more to do for it.
    await fillMissingExcerpts(db);
    expect((await db.article.findUniqueOrThrow({ where: { id: story.id } })).modifiedAt).toEqual(before.modifiedAt);
  });
});
