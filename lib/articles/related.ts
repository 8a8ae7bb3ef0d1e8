export type RelatedCandidate = { id: string; sectionId: string; tagIds: string[]; publishedAt: Date };

/**
 * Orders candidate stories for an article's related-stories footer: most shared tags first, then the same section,
 * then the most recent. The article itself never appears.
 */
export function rankRelated<T extends RelatedCandidate>(
  article: Pick<RelatedCandidate, 'id' | 'sectionId' | 'tagIds'>,
  candidates: T[],
  limit = 6,
): T[] {
  const tags = new Set(article.tagIds);
  const seen = new Set<string>([article.id]);
  const scored: { item: T; shared: number; sameSection: number }[] = [];
  for (const item of candidates) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    scored.push({
      item,
      shared: item.tagIds.filter((id) => tags.has(id)).length,
      sameSection: item.sectionId === article.sectionId ? 1 : 0,
    });
  }
  scored.sort(
    (a, b) =>
      b.shared - a.shared ||
      b.sameSection - a.sameSection ||
      b.item.publishedAt.getTime() - a.item.publishedAt.getTime() ||
      a.item.id.localeCompare(b.item.id),
  );
  return scored.slice(0, limit).map((s) => s.item);
}
