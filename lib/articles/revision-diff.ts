// Comparing two revisions field by field with a word diff (jsdiff, Myers' algorithm). Its cost grows with the
// texts' length times the number of changes: two wholly different 1 MB texts would take hours (40 KB took a
// minute). So each field's diff gives up after DIFF_MAX_EDITS changed words or DIFF_TIMEOUT_MS, and the page then
// says the versions are too different to compare word by word; beyond that many changes a word diff is mostly
// red and green anyway. Kept apart from revisions.ts (which reads the database) so it runs anywhere.
import { diffWords } from 'diff';
import { bodyText } from './body';
import type { ArticleSnapshot } from './editing';

export const TOO_DIFFERENT = 'Too different to compare word by word.';

/** Changed words (and punctuation marks) after which a field is shown as too different. */
export const DIFF_MAX_EDITS = 1_000;
/** Time after which a field's diff gives up, whatever the count: a backstop for texts that repeat themselves. */
export const DIFF_TIMEOUT_MS = 1_000;

export type DiffPart = { value: string; added?: boolean; removed?: boolean };
/** A field that differs: its word diff, or `parts: null` when the versions are too different to compare so. */
export type FieldDiff = { field: string; label: string; parts: DiffPart[] | null };

const FIELDS: { key: keyof ArticleSnapshot; label: string; text?: (s: ArticleSnapshot) => string }[] = [
  { key: 'headline', label: 'Headline' },
  { key: 'standfirst', label: 'Standfirst' },
  { key: 'body', label: 'Text', text: (s) => bodyText(s.body) },
  { key: 'slug', label: 'Slug' },
  { key: 'tags', label: 'Tags', text: (s) => s.tags.join(', ') },
  { key: 'correction', label: 'Correction note' },
  { key: 'seoTitle', label: 'SEO title' },
  { key: 'seoDescription', label: 'SEO description' },
  { key: 'canonicalUrl', label: 'Canonical URL' },
  { key: 'noindex', label: 'Hidden from search engines', text: (s) => (s.noindex ? 'yes' : 'no') },
  { key: 'sectionId', label: 'Section' },
  { key: 'authorIds', label: 'Bylines', text: (s) => s.authorIds.join(', ') },
  { key: 'heroImageId', label: 'Hero image', text: (s) => s.heroImageId ?? 'none' },
];

/** The fields that differ between two snapshots, each as a word diff from `older` to `newer`. */
export function diffSnapshots(older: ArticleSnapshot, newer: ArticleSnapshot): FieldDiff[] {
  const out: FieldDiff[] = [];
  for (const { key, label, text } of FIELDS) {
    const a = text ? text(older) : String(older[key] ?? '');
    const b = text ? text(newer) : String(newer[key] ?? '');
    if (a === b) continue;
    const parts = diffWords(a, b, { maxEditLength: DIFF_MAX_EDITS, timeout: DIFF_TIMEOUT_MS });
    out.push({ field: key, label, parts: parts ? parts.map(({ value, added, removed }) => ({ value, added, removed })) : null });
  }
  return out;
}
