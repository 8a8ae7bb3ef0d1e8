import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { renderBodyHtml } from '@/lib/articles/body';
import { loadForEditing, toSnapshot } from '@/lib/articles/editing';
import { getArticleForPreview } from '@/lib/articles/preview';
import { getArticle, getSectionArticles } from '@/lib/articles/queries';
import { fillStaleRenders, RENDER_VERSION } from '@/lib/articles/rendered';
import { createDraft, saveArticle } from '@/lib/articles/save';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { getFeed } from '@/lib/feeds/queries';
import { saveLiveEntry, setLiveSettings } from '@/lib/live/manage';
import { getLiveBlogPage } from '@/lib/live/queries';
import { liveEntrySchema } from '@/lib/live/schemas';
import { createAccount } from '@/lib/users/accounts';
import { createArticle, createSection } from './factories';

// What readers are shown of a body is stored with it (lib/articles/rendered.ts): the HTML, the reading time and the
// card text are written with every save, and a reader's request reads them instead of parsing the body. Rows stored
// by another renderer, or by none, are rendered when read and rewritten at start-up.

const context = { request: { ip: '198.51.100.31', userAgent: 'vitest' } };
const paragraphs = (...texts: string[]) => JSON.stringify({ type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] })) });

async function editor(): Promise<Viewer> {
  const user = await createAccount({ email: `editor-${randomUUID().slice(0, 8)}@render.example`, name: 'Render Editor', role: 'editor', password: 'lantern-gull-fog-harbour-9' });
  return { userId: user.id, sessionId: 'it', name: user.name, email: user.email, role: 'editor', authorId: user.authorId };
}

/** A story the editor saved with `body` (as the editor sends it) and published. */
async function savedStory(viewer: Viewer, body: string) {
  const section = await createSection();
  const created = await createDraft(viewer, { headline: `Render story ${randomUUID().slice(0, 6)}`, sectionId: section.id }, context);
  if (!created.ok) throw new Error(created.message);
  const row = (await loadForEditing(created.data!.id))!;
  const result = await saveArticle(viewer, { articleId: row.id, baseVersion: row.version, fields: { ...toSnapshot(row), standfirst: '', body }, substantive: false, autosave: false }, context);
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  await db.article.update({ where: { id: row.id }, data: { status: 'published', publishedAt: new Date(Date.now() - 60_000) } });
  return db.article.findUniqueOrThrow({ where: { id: row.id } });
}

describe('a story’s stored render', () => {
  it('is written with every save: the HTML, the reading time and the card text, from the body as saved', async () => {
    const words = Array.from({ length: 700 }, (_, i) => `word${i}`).join(' ');
    const story = await savedStory(await editor(), paragraphs('The quay reopens on Monday.', words));
    expect(story.renderVersion).toBe(RENDER_VERSION);
    expect(story.bodyHtml).toBe(renderBodyHtml(story.body));
    expect(story.bodyHtml).toContain('<p>The quay reopens on Monday.</p>');
    expect(story.readingMinutes).toBe(3);
    expect(story.excerpt).toBe('The quay reopens on Monday.');
  });

  it('is what readers get: the page, the preview and the feed read it, not the body', async () => {
    const story = await savedStory(await editor(), paragraphs('What the editor wrote.'));
    // Stored beside a body that says something else: what a reader sees can only have come from the stored HTML.
    await db.article.update({ where: { id: story.id }, data: { bodyHtml: '<p>The stored render.</p>', modifiedAt: story.modifiedAt } });
    expect((await getArticle(story.slug))?.bodyHtml).toBe('<p>The stored render.</p>');
    expect((await getArticleForPreview(story.id))?.bodyHtml).toBe('<p>The stored render.</p>');
    const feed = await getFeed({ kind: 'site', slug: null }, true);
    expect(feed?.items.find((item) => item.id === story.id)?.bodyHtml).toBe('<p>The stored render.</p>');
  });

  it('from another renderer, or none, is rendered again when read, and rewritten at start-up without moving modifiedAt', async () => {
    const section = await createSection('Older renders');
    const long = `${'The harbour board met on Tuesday to agree the winter berthing fees for the outer moorings '.repeat(3)}and more.`;
    const story = await createArticle({ sectionId: section.id });
    await db.article.update({ where: { id: story.id }, data: { standfirst: '', body: paragraphs('', long, 'Second paragraph.'), bodyHtml: '<p>Old.</p>', renderVersion: RENDER_VERSION - 1 } });
    const before = await db.article.findUniqueOrThrow({ where: { id: story.id } });

    const page = await getArticle(story.slug);
    expect(page?.bodyHtml).toContain('<p>Second paragraph.</p>');
    // Its own page has no standfirst to show (the first paragraph is right there); search and social previews get one.
    expect(page?.standfirst).toBe('');
    expect(page?.description.length).toBeLessThanOrEqual(160);
    expect(page?.description).toMatch(/^The harbour board met on Tuesday .*[a-z]…$/);

    expect(await fillStaleRenders(db)).toBeGreaterThan(0);
    const after = await db.article.findUniqueOrThrow({ where: { id: story.id } });
    expect(after).toMatchObject({ renderVersion: RENDER_VERSION, bodyHtml: page!.bodyHtml, excerpt: page!.description, modifiedAt: before.modifiedAt });
    // Cards read the stored card text.
    expect((await getSectionArticles(section.slug, 1)).items.find((c) => c.id === story.id)?.standfirst).toBe(page!.description);
    // A second pass finds nothing more to do.
    expect(await fillStaleRenders(db)).toBe(0);
  });
});

describe('a live entry’s stored render', () => {
  it('is written when the entry is saved, read by the live page, and rendered when read for an entry stored without one', async () => {
    const viewer = await editor();
    const section = await createSection();
    const story = await createArticle({ sectionId: section.id, ownerId: viewer.userId });
    expect(await setLiveSettings(viewer, { articleId: story.id, state: 'live', endsAt: '' }, context)).toMatchObject({ ok: true });
    const saved = await saveLiveEntry(viewer, liveEntrySchema.parse({ articleId: story.id, body: paragraphs('The ferry is suspended.') }), context);
    expect(saved).toMatchObject({ ok: true });
    const entry = await db.liveEntry.findUniqueOrThrow({ where: { id: saved.ok ? saved.data!.entryId : '' } });
    expect(entry).toMatchObject({ renderVersion: RENDER_VERSION, bodyHtml: '<p>The ferry is suspended.</p>', bodyText: 'The ferry is suspended.' });

    const unrendered = await db.liveEntry.create({ data: { articleId: story.id, body: paragraphs('Written around the app.'), at: new Date(Date.now() - 60_000) } });
    const page = await getLiveBlogPage(story.id, story.slug);
    expect(page?.entries.map((e) => [e.id, e.html, e.text])).toEqual([
      [entry.id, '<p>The ferry is suspended.</p>', 'The ferry is suspended.'],
      [unrendered.id, '<p>Written around the app.</p>', 'Written around the app.'],
    ]);
    await fillStaleRenders(db);
    expect(await db.liveEntry.findUniqueOrThrow({ where: { id: unrendered.id } })).toMatchObject({ renderVersion: RENDER_VERSION, bodyText: 'Written around the app.' });
  });
});
