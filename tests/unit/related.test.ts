import { describe, expect, it } from 'vitest';
import { rankRelated } from '@/lib/articles/related';

const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9));
const story = (id: string, sectionId: string, tagIds: string[], published: number) => ({
  id,
  sectionId,
  tagIds,
  publishedAt: day(published),
});

const article = { id: 'self', sectionId: 'news', tagIds: ['harbour', 'ferries'] };

describe('rankRelated', () => {
  it('puts stories sharing more tags first, then the same section, then the newest', () => {
    const ranked = rankRelated(article, [
      story('recent-other', 'sport', [], 20),
      story('same-section', 'news', [], 10),
      story('one-tag', 'culture', ['harbour'], 5),
      story('two-tags', 'business', ['harbour', 'ferries'], 1),
      story('one-tag-same-section', 'news', ['ferries'], 2),
      story('one-tag-newer', 'culture', ['ferries'], 6),
    ]);
    expect(ranked.map((s) => s.id)).toEqual([
      'two-tags',
      'one-tag-same-section',
      'one-tag-newer',
      'one-tag',
      'same-section',
      'recent-other',
    ]);
  });

  it('never includes the article itself, nor a story twice', () => {
    const ranked = rankRelated(article, [
      story('self', 'news', ['harbour'], 3),
      story('a', 'news', ['harbour'], 2),
      story('a', 'news', ['harbour'], 2),
    ]);
    expect(ranked.map((s) => s.id)).toEqual(['a']);
  });

  it('returns at most the limit', () => {
    const many = Array.from({ length: 20 }, (_, i) => story(`s${i}`, 'news', ['harbour'], i + 1));
    expect(rankRelated(article, many)).toHaveLength(6);
    expect(rankRelated(article, many, 3).map((s) => s.id)).toEqual(['s19', 's18', 's17']);
  });
});
