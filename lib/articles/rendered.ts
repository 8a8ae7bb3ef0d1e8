// What readers are shown of a body, stored with it. Every write of a story's or a live entry's body (the editor, a
// restored revision, live entries, the importer, the seeds) stores its HTML, reading time and excerpt beside it, from
// the document it has just cleaned: a reader's request (the article page, the preview, a feed, a live blog) reads
// those columns and never parses a body. Parsing is what a hostile body makes expensive: V8's JSON.parse of a 1 MB
// body of 10,000 links costs 4× what the same size of prose costs, on every render of a page that reads it.
//
// RENDER_VERSION names the renderer (lib/articles/body-html.ts and what it reads). A change to what it writes bumps
// it: rows rendered by another version are rendered again when read (withCurrentStoryRenders) until start-up has rewritten
// them (fillStaleRenders, scripts/db/catch-up.ts). A row written around the app (a test's factory, SQL by hand) has
// version 0 and is read the same way.
import { type Database, db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { type BodySource, bodyText, documentOf, minutesToRead, openingParagraph, renderBodyHtml } from './body';

export const RENDER_VERSION = 1;

/** A story's stored render: what Article keeps beside its body. */
export type StoryRender = { bodyHtml: string; readingMinutes: number; excerpt: string; renderVersion: number };
/** A live entry's stored render: what LiveEntry keeps beside its body. */
export type EntryRender = { bodyHtml: string; bodyText: string; renderVersion: number };

/** The render of a story's body, for the row that stores the body (one parse, or none when given the document). */
export function renderStory(body: BodySource): StoryRender {
  const document = documentOf(body);
  return {
    bodyHtml: renderBodyHtml(document),
    readingMinutes: minutesToRead(bodyText(document)),
    excerpt: openingParagraph(document),
    renderVersion: RENDER_VERSION,
  };
}

/** The render of a live entry's body, for the row that stores it. */
export function renderEntry(body: BodySource): EntryRender {
  const document = documentOf(body);
  return { bodyHtml: renderBodyHtml(document), bodyText: bodyText(document), renderVersion: RENDER_VERSION };
}

/**
 * Rows with the current render: a row rendered by another renderer, or by none, gets its body read (one query for
 * all of them, by `bodiesOf`) and rendered now. Readers select the stored render, never the body.
 */
async function withCurrent<T extends { id: string; renderVersion: number }, R>(
  rows: T[],
  bodiesOf: (ids: string[]) => Promise<{ id: string; body: string }[]>,
  render: (body: string) => R,
): Promise<T[]> {
  const stale = rows.filter((row) => row.renderVersion !== RENDER_VERSION).map((row) => row.id);
  if (stale.length === 0) return rows;
  const bodies = new Map((await bodiesOf(stale)).map((r) => [r.id, r.body]));
  return rows.map((row) => (row.renderVersion === RENDER_VERSION ? row : { ...row, ...render(bodies.get(row.id) ?? '') }));
}

const bodyOnly = (ids: string[]) => ({ where: { id: { in: ids } }, select: { id: true, body: true } });

export const withCurrentStoryRenders = <T extends StoryRender & { id: string }>(rows: T[]) =>
  withCurrent(rows, (ids) => db.article.findMany(bodyOnly(ids)), renderStory);

export const withCurrentEntryRenders = <T extends EntryRender & { id: string }>(rows: T[]) =>
  withCurrent(rows, (ids) => db.liveEntry.findMany(bodyOnly(ids)), renderEntry);

/** What a reader's query selects of a story's or an entry's render. */
export const storyRenderSelect = { bodyHtml: true, readingMinutes: true, excerpt: true, renderVersion: true } as const;
export const entryRenderSelect = { bodyHtml: true, bodyText: true, renderVersion: true } as const;

type StaleRow = { id: string; body: string; modifiedAt: Date; renderVersion: number };
const stale = { where: { renderVersion: { not: RENDER_VERSION } }, select: { id: true, body: true, modifiedAt: true, renderVersion: true } } as const;

/** Renders rows `load` finds, a batch at a time, until none is left (or a batch changed nothing: written meanwhile). */
async function renderAll(client: Database, load: () => Promise<StaleRow[]>, write: (row: StaleRow) => Prisma.PrismaPromise<{ count: number }>) {
  let filled = 0;
  for (;;) {
    const rows = await load();
    const written = rows.length ? (await client.$transaction(rows.map(write))).reduce((sum, { count }) => sum + count, 0) : 0;
    if (written === 0) return filled;
    filled += written;
  }
}

/**
 * Renders again every story and live entry stored by another renderer, or by none (rows older than the columns, a
 * backup made before them): called at start-up (scripts/db/catch-up.ts), so readers' requests find them current. A
 * batch at a time, one statement per row in one transaction, modifiedAt written back as it was (Prisma's @updatedAt
 * would make it now: sitemaps and the desk date a story by it, and no one changed it). Returns how many it rendered.
 */
export async function fillStaleRenders(client: Database, batchSize = 200): Promise<number> {
  const unchanged = (row: StaleRow) => ({ id: row.id, renderVersion: row.renderVersion });
  const stories = await renderAll(
    client,
    () => client.article.findMany({ ...stale, take: batchSize }),
    (row) => client.article.updateMany({ where: unchanged(row), data: { ...renderStory(row.body), modifiedAt: row.modifiedAt } }),
  );
  const entries = await renderAll(
    client,
    () => client.liveEntry.findMany({ ...stale, take: batchSize }),
    (row) => client.liveEntry.updateMany({ where: unchanged(row), data: { ...renderEntry(row.body), modifiedAt: row.modifiedAt } }),
  );
  return stories + entries;
}
