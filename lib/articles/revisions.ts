// An article's history: every save is a revision; any two can be compared field by field with a word diff.
import { diffWords } from 'diff';
import { db } from '@/lib/db/client';
import { bodyText } from './body';
import type { ArticleSnapshot } from './editing';

export type RevisionSummary = { id: string; version: number; createdAt: Date; userLabel: string; note: string; headline: string };

export async function listRevisions(articleId: string): Promise<RevisionSummary[]> {
  return db.articleRevision.findMany({
    where: { articleId },
    orderBy: { version: 'desc' },
    select: { id: true, version: true, createdAt: true, userLabel: true, note: true, headline: true },
  });
}

export type DiffPart = { value: string; added?: boolean; removed?: boolean };
export type FieldDiff = { field: string; label: string; parts: DiffPart[] };

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
    out.push({ field: key, label, parts: diffWords(a, b).map(({ value, added, removed }) => ({ value, added, removed })) });
  }
  return out;
}

export async function getRevisionPair(articleId: string, fromId: string, toId: string) {
  const rows = await db.articleRevision.findMany({ where: { articleId, id: { in: [fromId, toId] } } });
  const from = rows.find((r) => r.id === fromId);
  const to = rows.find((r) => r.id === toId);
  if (!from || !to) return null;
  const [older, newer] = from.version <= to.version ? [from, to] : [to, from];
  return {
    older: { ...older, snapshot: JSON.parse(older.snapshot) as ArticleSnapshot },
    newer: { ...newer, snapshot: JSON.parse(newer.snapshot) as ArticleSnapshot },
  };
}
