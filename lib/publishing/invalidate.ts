import { updateTag } from 'next/cache';
import { archiveTagsFor } from '@/lib/archive/periods';
import { cacheTags } from '@/lib/cache/tags';

/**
 * Where an article appears for readers: the pages that show it carry these tags. `live` is true for published and
 * for scheduled articles: cached pages must also learn when a scheduled one is due, so that they expire then.
 */
export type ReaderFootprint = {
  slug: string;
  sectionSlug: string;
  authorSlugs: string[];
  tagSlugs: string[];
  live: boolean;
  /** Its publication time: the archive's day, month and year pages that list it (none when unset). */
  publishedAt?: Date | null;
};

/** The kinds of change the publish step names (Ghost's getChanges()); each decides what readers must see anew. */
export type ChangeKind = 'published' | 'updated' | 'unpublished' | 'scheduled' | 'deleted' | 'moved';

/**
 * The cache tags to invalidate when an article goes from `before` to `after`: its page (old and new slug), every
 * list it was or will be on, and the homepage. Nothing is invalidated for a change readers cannot see (a draft
 * saved twice).
 */
export function tagsForChange(before: ReaderFootprint | null, after: ReaderFootprint | null): string[] {
  const touched = [before, after].filter((f): f is ReaderFootprint => f !== null);
  if (!touched.some((f) => f.live)) return [];
  const tags = new Set<string>([cacheTags.articleLists, cacheTags.home]);
  for (const f of touched) {
    tags.add(cacheTags.article(f.slug));
    tags.add(cacheTags.section(f.sectionSlug));
    f.authorSlugs.forEach((s) => tags.add(cacheTags.author(s)));
    f.tagSlugs.forEach((s) => tags.add(cacheTags.tag(s)));
    if (f.publishedAt) archiveTagsFor(f.publishedAt).forEach((t) => tags.add(t));
  }
  return [...tags];
}

/**
 * Makes the very next reader request for each tag render fresh content, on every instance and through the edge
 * (updateTag reaches the cache core: lib/cache/handlers/core.mjs). Only valid inside a server action; a page that
 * was rendering meanwhile is dated from its render's start, so it is out of date when stored
 * (lib/cache/handlers/route-cache.mjs).
 */
export function invalidateReaderTags(tags: string[]): void {
  for (const tag of tags) updateTag(tag);
}
