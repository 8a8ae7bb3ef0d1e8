// Every path text from an editor or a reader goes through, each fed the shape it receives: the saved body (JSON),
// pasted HTML, or typed text. Shared by tests/unit/pathological-input.test.ts and scripts/bench-input.ts. No
// database: the save path gets a fake picture library, the feed a story built here.
import { bodyText, readingMinutes, renderBodyHtml } from '@/lib/articles/body';
import { cleanBody, type ImageLookup } from '@/lib/articles/body-clean';
import type { ArticleSnapshot } from '@/lib/articles/editing';
import { cleanPastedHtml } from '@/lib/articles/paste.shared';
import { diffSnapshots } from '@/lib/articles/revision-diff';
import { createAuthorSchema } from '@/lib/authors/schemas';
import type { FeedData } from '@/lib/feeds/queries';
import { renderFeed } from '@/lib/feeds/render';
import { feedSummary } from '@/lib/feeds/summary';
import { parseSearchParams } from '@/lib/search/params';
import { searchTerms } from '@/lib/search/terms';

/** A media library that holds every picture asked for. */
export const fakeImages: ImageLookup = async (ids) =>
  new Map(ids.map((id) => [id, { src: `/media/${id}.jpg`, width: 800, height: 600, alt: 'A picture', caption: '', credit: '' }]));

/** The site's feed with one story whose stored body is `body`, as lib/feeds/queries.ts would build it. */
export function feedWithStory(body: string): FeedData {
  const publishedAt = new Date('2026-05-16T09:00:00Z');
  const item = {
    id: 'story-1',
    path: '/news/a-story',
    headline: 'A story',
    summary: feedSummary('', body),
    bodyHtml: renderBodyHtml(body),
    publishedAt,
    updatedAt: null,
    section: { name: 'News', path: '/news' },
    authors: [{ name: 'Ada Reporter', path: '/author/ada-reporter' }],
    tags: [],
    image: null,
  };
  return { title: 'Dateline', description: 'News', pagePath: '/', changedAt: publishedAt, items: [item] };
}

/** A revision's snapshot holding `body` (saved JSON), the other fields fixed. */
export const snapshotWith = (body: string, standfirst = ''): ArticleSnapshot => ({
  headline: 'A story',
  standfirst,
  body,
  slug: 'a-story',
  sectionId: 'news',
  tags: [],
  authorIds: [],
  heroImageId: null,
  seoTitle: '',
  seoDescription: '',
  socialImageId: null,
  canonicalUrl: '',
  noindex: false,
  correction: '',
});

/**
 * The shapes text arrives in: `json` the editor's document as sent to the save path, `saved` the same document as the
 * save path stored it (what every render reads: depth and size already cut), `html` a paste, `text` a typed field.
 */
export type InputShape = 'json' | 'saved' | 'html' | 'text';
export type InputPath = { name: string; shape: InputShape; run: (input: string) => unknown };

/** The paths that read a stored body, on every request for a page, a preview or a feed. */
const RENDER_PATHS: readonly Omit<InputPath, 'shape'>[] = [
  { name: 'bodyText', run: bodyText },
  { name: 'readingMinutes', run: readingMinutes },
  { name: 'renderBodyHtml', run: renderBodyHtml },
  { name: 'feed (Atom, full text)', run: (json) => renderFeed(feedWithStory(json), { kind: 'site', slug: null }, 'atom', 'full') },
];

export const INPUT_PATHS: readonly InputPath[] = [
  { name: 'save (cleanBody)', shape: 'json', run: (json) => cleanBody(json, fakeImages) },
  ...RENDER_PATHS.map((path) => ({ ...path, shape: 'saved' as const })),
  { name: 'paste (cleanPastedHtml)', shape: 'html', run: cleanPastedHtml },
  { name: 'bio (author schema)', shape: 'text', run: (text) => createAuthorSchema.safeParse({ name: 'Ada Reporter', bio: text }) },
  { name: 'search (params, terms)', shape: 'text', run: (text) => searchTerms(parseSearchParams({ q: text }).params.q) },
];

/**
 * The render paths on a body that never went through save (written into the database around the app): the cut to
 * the save path's limits in body.ts keeps their own work bounded; the engine's JSON.parse, which they start with,
 * is their floor.
 */
export const UNSAVED_RENDER_PATHS: readonly InputPath[] = RENDER_PATHS.map((path) => ({ ...path, name: `${path.name}, unsaved`, shape: 'json' }));

/** The body `json` as the save path stores it, or null when save refuses it (then nothing is stored to render). */
export async function savedForm(json: string): Promise<string | null> {
  const result = await cleanBody(json, fakeImages);
  return result.ok ? result.json : null;
}

/** Comparing two revisions whose bodies are `older` and `newer` (saved JSON). */
export const diffBodies = (older: string, newer: string) => diffSnapshots(snapshotWith(older), snapshotWith(newer));
