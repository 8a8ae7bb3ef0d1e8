import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadForEditing, toSnapshot } from '@/lib/articles/editing';
import { createDraft, restoreRevision, saveArticle } from '@/lib/articles/save';
import type { ArticleFields } from '@/lib/articles/schemas';
import type { Role } from '@/lib/auth/roles';
import type { Viewer } from '@/lib/auth/session';
import { DEFAULT_UPDATE_NOTE, getArticleChangelog, getCorrections } from '@/lib/changelog/queries';
import { SESSION_MS } from '@/lib/changelog/record';
import { db } from '@/lib/db/client';
import { PAGE_SIZE } from '@/lib/routes';
import { publishNow, schedule } from '@/lib/publishing/workflow';
import { createAccount } from '@/lib/users/accounts';
import { createArticle, createSection } from './factories';

// The public change log: which saves write an update or a correction entry, how one editing session folds into
// one entry, and the /corrections list.

const context = { request: { ip: '198.51.100.9', userAgent: 'vitest' } };

async function member(role: Role): Promise<Viewer> {
  const user = await createAccount({ email: `${role}-${randomUUID().slice(0, 8)}@log.example`, name: `Log ${role}`, role, password: 'lantern-gull-fog-harbour-9' });
  return { userId: user.id, sessionId: 'it', name: user.name, email: user.email, role, authorId: user.authorId };
}

const paragraph = (text: string) => JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** A story the editor wrote and published now. */
async function published(editor: Viewer) {
  const section = await createSection();
  const created = await createDraft(editor, { headline: `Quay story ${randomUUID().slice(0, 6)}`, sectionId: section.id }, context);
  if (!created.ok) throw new Error(created.message);
  const id = created.data!.id;
  await save(editor, id, { body: paragraph('The harbour office confirmed the plan on Tuesday.') });
  expect(await publishNow({ viewer: editor, articleId: id, context })).toMatchObject({ ok: true });
  return id;
}

type SaveOptions = { substantive?: boolean; autosave?: boolean; updateNote?: string };

async function save(viewer: Viewer, id: string, patch: Partial<ArticleFields>, options: SaveOptions = {}) {
  const row = (await loadForEditing(id))!;
  const result = await saveArticle(
    viewer,
    { articleId: id, baseVersion: row.version, fields: { ...toSnapshot(row), ...patch }, substantive: options.substantive ?? true, autosave: options.autosave ?? false, updateNote: options.updateNote },
    context,
  );
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  return result;
}

const entries = (articleId: string) => db.articleUpdate.findMany({ where: { articleId }, orderBy: { at: 'asc' } });

/** Moves every entry of the story back in time, as if its editing session had ended that long ago. */
async function age(articleId: string, ms: number) {
  for (const entry of await entries(articleId)) await db.articleUpdate.update({ where: { id: entry.id }, data: { at: new Date(entry.at.getTime() - ms) } });
}

describe('updates', () => {
  it('writes one entry for a substantive change to a published story, at its "Updated" time, with the editor’s note', async () => {
    const editor = await member('editor');
    const id = await published(editor);
    await save(editor, id, { body: paragraph('The ferry will now run until midnight.') }, { updateNote: 'Added the new timetable.' });
    const log = await entries(id);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ kind: 'update', note: 'Added the new timetable.' });
    expect(log[0]!.at).toEqual((await loadForEditing(id))!.updatedAt);
  });

  it('folds the saves of one editing session, autosaves included, into one entry that takes the latest time', async () => {
    const editor = await member('editor');
    const id = await published(editor);
    for (const text of ['New facts.', 'New facts, more.', 'New facts, more, and a quote.']) {
      await save(editor, id, { body: paragraph(text) }, { autosave: true });
    }
    await save(editor, id, { body: paragraph('New facts, more, and a quote. Checked.') }, { updateNote: 'Added comment from the harbour office.' });
    const log = await entries(id);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ kind: 'update', note: 'Added comment from the harbour office.' });
    expect(log[0]!.at).toEqual((await loadForEditing(id))!.updatedAt);
  });

  it('starts a new entry after a pause of the session length, or when a colleague saved in between', async () => {
    const editor = await member('editor');
    const colleague = await member('editor');
    const id = await published(editor);
    await save(editor, id, { body: paragraph('First change.') });
    await age(id, SESSION_MS + 1000);
    await save(editor, id, { body: paragraph('Second change, an hour later.') });
    expect(await entries(id)).toHaveLength(2);
    await save(colleague, id, { body: paragraph('Third change, by someone else.') });
    expect(await entries(id)).toHaveLength(3);
  });

  it('writes nothing for a typo fix (the box unticked), nor for a change that leaves the words alone', async () => {
    const editor = await member('editor');
    const id = await published(editor);
    await save(editor, id, { body: paragraph('Typo fixd.') }, { substantive: false });
    await save(editor, id, { seoTitle: 'A better title for search' });
    expect(await entries(id)).toEqual([]);
    expect((await loadForEditing(id))!.updatedAt).toBeNull();
  });

  it('writes nothing for drafts, stories scheduled ahead, or a scheduled story being published', async () => {
    const editor = await member('editor');
    const section = await createSection();
    const created = await createDraft(editor, { headline: 'Draft about the lido', sectionId: section.id }, context);
    if (!created.ok) throw new Error(created.message);
    const id = created.data!.id;
    await save(editor, id, { body: paragraph('Still writing.'), correction: 'Not yet live.' });
    expect(await schedule({ viewer: editor, articleId: id, publishAt: '2099-06-01T09:30', context })).toMatchObject({ ok: true });
    await save(editor, id, { body: paragraph('Scheduled, still changing.'), correction: 'Still not live.' });
    expect(await publishNow({ viewer: editor, articleId: id, context })).toMatchObject({ ok: true, data: { status: 'published' } });
    expect(await entries(id)).toEqual([]);
  });

  it('logs a substantive change to a scheduled story once it has gone out', async () => {
    const editor = await member('editor');
    const section = await createSection();
    // Gone out half an hour ago: outside the due timer's look-back, which other suites' scheduled stories rely on.
    const article = await createArticle({ sectionId: section.id, status: 'scheduled', publishedAt: new Date(Date.now() - 30 * 60_000) });
    await save(editor, article.id, { body: paragraph('Changed after it went out.') });
    expect(await entries(article.id)).toMatchObject([{ kind: 'update' }]);
  });

  it('counts restoring a revision on a published story as an update', async () => {
    const editor = await member('editor');
    const id = await published(editor);
    await save(editor, id, { body: paragraph('A version we will take back.') });
    await age(id, SESSION_MS + 1000);
    const first = await db.articleRevision.findFirstOrThrow({ where: { articleId: id, version: 1 } });
    const row = (await loadForEditing(id))!;
    expect(await restoreRevision(editor, { articleId: id, revisionId: first.id, baseVersion: row.version }, context)).toMatchObject({ ok: true });
    expect((await entries(id)).map((e) => e.kind)).toEqual(['update', 'update']);
  });

  it('shows readers the log newest first, with a default line for an update without a note', async () => {
    const editor = await member('editor');
    const id = await published(editor);
    await save(editor, id, { body: paragraph('More.') });
    await save(editor, id, { correction: 'The bridge is 40 metres long, not 400.' });
    const row = (await loadForEditing(id))!;
    const log = await getArticleChangelog(id, row.slug);
    expect(log.map((e) => [e.kind, e.note])).toEqual([
      ['correction', 'The bridge is 40 metres long, not 400.'],
      ['update', DEFAULT_UPDATE_NOTE],
    ]);
  });
});

describe('corrections', () => {
  it('writes a correction entry when a published story’s correction is set, and another when it changes later', async () => {
    const editor = await member('editor');
    const id = await published(editor);
    await save(editor, id, { correction: 'An earlier version misspelt the harbourmaster’s name.' });
    // Saving again with the same note (and no change to the words) writes nothing.
    await save(editor, id, { seoDescription: 'Now with a description.' });
    expect(await entries(id)).toMatchObject([{ kind: 'correction', note: 'An earlier version misspelt the harbourmaster’s name.' }]);
    expect((await loadForEditing(id))!.updatedAt).toBeNull();

    await age(id, SESSION_MS + 1000);
    await save(editor, id, { correction: 'An earlier version gave the wrong date for the vote. It is on Thursday.' });
    expect((await entries(id)).map((e) => e.note)).toEqual([
      'An earlier version misspelt the harbourmaster’s name.',
      'An earlier version gave the wrong date for the vote. It is on Thursday.',
    ]);
  });

  it('lists corrections on visible stories newest first, 20 to a page, without hidden stories', async () => {
    const section = await createSection();
    const visible = await createArticle({ sectionId: section.id, headline: 'Story with many corrections' });
    const hidden = await createArticle({ sectionId: section.id, status: 'draft', publishedAt: null });
    const before = (await getCorrections(1)).total;
    // Dated ahead of anything else in the shared database, so they lead the list.
    const base = Date.now() + 3_600_000;
    for (let i = 0; i < PAGE_SIZE + 3; i++) {
      await db.articleUpdate.create({ data: { articleId: visible.id, kind: 'correction', note: `Correction ${i}`, at: new Date(base + i * 60_000) } });
    }
    await db.articleUpdate.create({ data: { articleId: hidden.id, kind: 'correction', note: 'Hidden', at: new Date(base + 3_600_000) } });
    await db.articleUpdate.create({ data: { articleId: visible.id, kind: 'update', note: 'Not a correction', at: new Date(base + 3_600_000) } });

    const first = await getCorrections(1);
    expect(first.total).toBe(before + PAGE_SIZE + 3);
    expect(first.items.map((e) => e.note)).toEqual(Array.from({ length: PAGE_SIZE }, (_, i) => `Correction ${PAGE_SIZE + 2 - i}`));
    expect(first.items[0]!.article).toEqual({ headline: 'Story with many corrections', url: `/${section.slug}/${visible.slug}` });
    const second = await getCorrections(2);
    expect(second.items.slice(0, 3).map((e) => e.note)).toEqual(['Correction 2', 'Correction 1', 'Correction 0']);
    expect(second.pageCount).toBe(Math.ceil((before + PAGE_SIZE + 3) / PAGE_SIZE));
  });
});
