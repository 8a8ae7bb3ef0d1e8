import { createHmac, randomUUID } from 'node:crypto';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { authSecret } from '../../lib/auth/secret';
import type { Database } from '../../lib/db/client';

/**
 * A published story with a byline and a topic, written straight to the database under a new slug (no cached page
 * exists for it yet). Dated years back, so it never reaches the homepage's latest news that other tests compare
 * with the database.
 */
export async function oldStory(db: Database, label: string) {
  const id = randomUUID().slice(0, 8);
  const section = await db.section.findFirstOrThrow({ orderBy: { position: 'asc' } });
  const author = await db.author.findFirstOrThrow({ orderBy: { name: 'asc' } });
  const tag = await db.tag.findFirstOrThrow({ orderBy: { name: 'asc' } });
  const row = await db.article.create({
    data: {
      slug: `${label.toLowerCase().replace(/\W+/g, '-')}-${id}`,
      headline: `${label} ${id}`,
      standfirst: 'Written for the reader-feature tests.',
      status: 'published',
      publishedAt: new Date(Date.UTC(2019, 5, 3, 9, 15)),
      sectionId: section.id,
      authors: { create: { authorId: author.id, position: 0 } },
      tags: { create: { tagId: tag.id } },
    },
  });
  return { ...row, section, author, tag, url: `/${section.slug}/${row.slug}` };
}

/** The server's internal key (lib/publishing/follow-up.ts derives it the same way; that module needs Next). */
const internalKey = () => createHmac('sha256', authSecret()).update('dateline:internal-revalidate').digest('base64url');

/** Writes the page views the server has buffered and refreshes the "Most read" lists (POST /api/internal/views). */
export async function aggregateViews(request: APIRequestContext): Promise<number> {
  const response = await request.post('/api/internal/views', { headers: { 'x-dateline-key': internalKey() } });
  if (!response.ok()) throw new Error(`Aggregating views failed: ${response.status()}`);
  return ((await response.json()) as { written: number }).written;
}

export async function storedViews(db: Database, articleId: string): Promise<number> {
  return (await db.articleViewHour.aggregate({ where: { articleId }, _sum: { views: true } }))._sum.views ?? 0;
}

const isBeacon = (response: { url(): string; request(): { method(): string } }) =>
  new URL(response.url()).pathname === '/api/views' && response.request().method() === 'POST';

/** Opens a story as a reader and waits for its view beacon's answer (202 counted, 204 ignored). */
export async function read(page: Page, url: string) {
  const beacon = page.waitForResponse(isBeacon);
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  return { page: response!, beacon: await beacon };
}
