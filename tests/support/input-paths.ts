// Every path text from an editor or a reader goes through, each fed the shape it receives: the saved body (JSON),
// pasted HTML, or typed text. Shared by tests/unit/pathological-input.test.ts and scripts/bench-input.ts. No
// database: the save path gets a fake picture library, the page and the feed a story built here from what save stored.
import { bodyText, readingMinutes, renderBodyHtml } from '@/lib/articles/body';
import { cleanBody, type ImageLookup } from '@/lib/articles/body-clean';
import type { ArticleSnapshot } from '@/lib/articles/editing';
import { cleanPastedHtml } from '@/lib/articles/paste.shared';
import { type ArticleRow, toArticle } from '@/lib/articles/queries';
import { renderStory, type StoryRender } from '@/lib/articles/rendered';
import { diffSnapshots } from '@/lib/articles/revision-diff';
import { createAuthorSchema } from '@/lib/authors/schemas';
import type { FeedData } from '@/lib/feeds/queries';
import { renderFeed } from '@/lib/feeds/render';
import { parseSearchParams } from '@/lib/search/params';
import { searchTerms } from '@/lib/search/terms';

/** A media library that holds every picture asked for. */
export const fakeImages: ImageLookup = async (ids) =>
  new Map(ids.map((id) => [id, { src: `/media/${id}.jpg`, width: 800, height: 600, alt: 'A picture', caption: '', credit: '' }]));

const PUBLISHED_AT = new Date('2026-05-16T09:00:00Z');

/** The site's feed with one story stored with `render` (save's, of its body), as lib/feeds/queries.ts builds it. */
export function feedWithStory(render: StoryRender): FeedData {
  const publishedAt = PUBLISHED_AT;
  const item = {
    id: 'story-1',
    path: '/news/a-story',
    headline: 'A story',
    summary: render.excerpt,
    bodyHtml: render.bodyHtml,
    publishedAt,
    updatedAt: null,
    section: { name: 'News', path: '/news' },
    authors: [{ name: 'Ada Reporter', path: '/author/ada-reporter' }],
    tags: [],
    image: null,
  };
  return { title: 'Dateline', description: 'News', pagePath: '/', changedAt: publishedAt, items: [item] };
}

/** A story stored with `render`, as the article page and the preview read it (lib/articles/queries.ts). */
export const storyRow = (render: StoryRender): ArticleRow => ({
  id: 'story-1',
  slug: 'a-story',
  headline: 'A story',
  standfirst: '',
  ...render,
  status: 'published',
  publishedAt: PUBLISHED_AT,
  updatedAt: null,
  modifiedAt: PUBLISHED_AT,
  section: { slug: 'news', name: 'News' },
  heroImage: null,
  authors: [{ author: { slug: 'ada-reporter', name: 'Ada Reporter' } }],
  liveState: null,
  liveEndsAt: null,
  correction: '',
  seoTitle: '',
  seoDescription: '',
  canonicalUrl: '',
  noindex: false,
  socialImage: null,
  tags: [],
});

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
/**
 * A path, and what it is given: the input as is, or what `prepare` makes of it beforehand (untimed: the story row a
 * page reads was written by save, whose time is the save path's).
 */
export type InputPath = { name: string; shape: InputShape; prepare?: (input: string) => unknown; run: (prepared: never) => unknown };

/** Saving a body: cleaned, then rendered for readers from the cleaned document (lib/articles/save.ts). */
export async function saveBody(json: string) {
  const cleaned = await cleanBody(json, fakeImages);
  return cleaned.ok ? { ...cleaned, render: renderStory(cleaned.body) } : cleaned;
}

/** A reader's request for a story: its page (and the preview), its feed. They read what save stored, not the body. */
const READER_PATHS: readonly InputPath[] = [
  { name: 'article page, preview (stored)', shape: 'saved', prepare: (saved) => storyRow(renderStory(saved)), run: (row: ArticleRow) => toArticle(row) },
  {
    name: 'feed (Atom, full text)',
    shape: 'saved',
    prepare: (saved) => feedWithStory(renderStory(saved)),
    run: (feed: FeedData) => renderFeed(feed, { kind: 'site', slug: null }, 'atom', 'full'),
  },
];

export const INPUT_PATHS: readonly InputPath[] = [
  { name: 'save (clean, render)', shape: 'json', run: saveBody },
  ...READER_PATHS,
  { name: 'paste (cleanPastedHtml)', shape: 'html', run: cleanPastedHtml },
  { name: 'bio (author schema)', shape: 'text', run: (text: string) => createAuthorSchema.safeParse({ name: 'Ada Reporter', bio: text }) },
  { name: 'search (params, terms)', shape: 'text', run: (text: string) => searchTerms(parseSearchParams({ q: text }).params.q) },
];

/**
 * Rendering a stored body, which save does once and a reader's request only for a row stored by another renderer
 * (or by none): on saved bodies, and on bodies that never went through save (written into the database around the
 * app), which the cut to the save path's limits in body.ts keeps bounded. The engine's JSON.parse, which they start
 * with, is their floor.
 */
const RENDER_FUNCTIONS: readonly Omit<InputPath, 'shape'>[] = [
  { name: 'bodyText', run: bodyText },
  { name: 'readingMinutes', run: readingMinutes },
  { name: 'renderBodyHtml', run: renderBodyHtml },
];
export const RENDER_PATHS: readonly InputPath[] = [
  ...RENDER_FUNCTIONS.map((path) => ({ ...path, shape: 'saved' as const })),
  ...RENDER_FUNCTIONS.map((path) => ({ ...path, name: `${path.name}, unsaved`, shape: 'json' as const })),
];

/** The body `json` as the save path stores it, or null when save refuses it (then nothing is stored to render). */
export async function savedForm(json: string): Promise<string | null> {
  const result = await cleanBody(json, fakeImages);
  return result.ok ? result.json : null;
}

/** Comparing two revisions whose bodies are `older` and `newer` (saved JSON). */
export const diffBodies = (older: string, newer: string) => diffSnapshots(snapshotWith(older), snapshotWith(newer));
