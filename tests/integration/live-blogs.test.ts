import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/auth/roles';
import type { Viewer } from '@/lib/auth/session';
import { siteConfig } from '@/lib/config/site';
import { toDateTimeLocal } from '@/lib/dates/format';
import { db } from '@/lib/db/client';
import { getLiveBlogForEditing, deleteLiveEntry, restoreLiveEntry, VERSION_NOT_FOUND, ENTRY_EMPTY, ENTRY_IN_FUTURE, KEY_EVENT_NEEDS_TITLE, NOT_A_LIVE_BLOG, saveLiveEntry, setLiveSettings } from '@/lib/live/manage';
import { getLiveBlogPage, getLiveFeed, LIVE_PAGE_SIZE } from '@/lib/live/queries';
import { liveEntrySchema } from '@/lib/live/schemas';
import { createAccount } from '@/lib/users/accounts';
import { createArticle, createSection } from './factories';

// Live blogs in the domain: who may run one, what an entry may hold, and the pages of entries readers get.

const context = { request: { ip: '198.51.100.21', userAgent: 'vitest' } };

async function member(role: Role): Promise<Viewer> {
  const user = await createAccount({ email: `${role}-${randomUUID().slice(0, 8)}@live.example`, name: `Live ${role}`, role, password: 'lantern-gull-fog-harbour-9' });
  return { userId: user.id, sessionId: 'it', name: user.name, email: user.email, role, authorId: user.authorId };
}

const paragraph = (text: string) => JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** A published story owned by `owner`, made a live blog (unless `live` is false). */
async function story(owner: Viewer, live = true) {
  const section = await createSection();
  const row = await createArticle({ sectionId: section.id, status: 'published', publishedAt: new Date(Date.now() - 3_600_000), ownerId: owner.userId });
  if (live) expect(await setLiveSettings(owner, { articleId: row.id, state: 'live', endsAt: '' }, context)).toMatchObject({ ok: true });
  return row;
}

const entry = (articleId: string, fields: Record<string, string> = {}) =>
  liveEntrySchema.parse({ articleId, body: paragraph('The ferry is suspended.'), ...fields });

describe('running a live blog', () => {
  it('is for those who may publish the story: its author, and editors; not another author', async () => {
    const author = await member('author');
    const other = await member('author');
    const editor = await member('editor');
    const row = await story(author);
    expect(await setLiveSettings(other, { articleId: row.id, state: 'ended', endsAt: '' }, context)).toMatchObject({ ok: false, status: 403 });
    expect(await saveLiveEntry(other, entry(row.id), context)).toMatchObject({ ok: false, status: 403 });
    expect(await saveLiveEntry(author, entry(row.id), context)).toMatchObject({ ok: true, message: 'Entry published.' });
    expect(await saveLiveEntry(editor, entry(row.id), context)).toMatchObject({ ok: true });
    expect(await db.liveEntry.count({ where: { articleId: row.id } })).toBe(2);
    const audit = await db.auditEvent.findMany({ where: { targetId: row.id, action: { startsWith: 'live.' } }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['live.settings-changed', 'live.entry-added', 'live.entry-added']);
  });

  it('refuses an entry on a story that is not a live blog, and a planned end in the past', async () => {
    const editor = await member('editor');
    const row = await story(editor, false);
    expect(await saveLiveEntry(editor, entry(row.id), context)).toMatchObject({ ok: false, status: 409, message: NOT_A_LIVE_BLOG });
    const past = toDateTimeLocal(new Date(Date.now() - 3_600_000), siteConfig().timeZone).slice(0, 16);
    expect(await setLiveSettings(editor, { articleId: row.id, state: 'live', endsAt: past }, context)).toMatchObject({ ok: false, fieldErrors: { endsAt: [expect.any(String)] } });
    expect((await db.article.findUniqueOrThrow({ where: { id: row.id } })).liveState).toBeNull();
  });

  it('refuses an empty entry, a time in the future and a key event without a title, saving nothing', async () => {
    const editor = await member('editor');
    const row = await story(editor);
    const future = toDateTimeLocal(new Date(Date.now() + 3_600_000), siteConfig().timeZone).slice(0, 16);
    const empty = await saveLiveEntry(editor, entry(row.id, { body: JSON.stringify({ type: 'doc', content: [{ type: 'paragraph' }] }) }), context);
    expect(empty).toMatchObject({ ok: false, fieldErrors: { body: [ENTRY_EMPTY] } });
    expect(await saveLiveEntry(editor, entry(row.id, { at: future }), context)).toMatchObject({ ok: false, fieldErrors: { at: [ENTRY_IN_FUTURE] } });
    expect(await saveLiveEntry(editor, entry(row.id, { keyEvent: 'on' }), context)).toMatchObject({ ok: false, fieldErrors: { title: [KEY_EVENT_NEEDS_TITLE] } });
    expect(await db.liveEntry.count({ where: { articleId: row.id } })).toBe(0);
  });

  it('cleans an entry like an article body: no script survives', async () => {
    const editor = await member('editor');
    const row = await story(editor);
    const hostile = JSON.stringify({
      type: 'doc',
      content: [
        { type: 'script', content: [{ type: 'text', text: 'Sailings resume at dawn.' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Map', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] },
      ],
    });
    const saved = await saveLiveEntry(editor, entry(row.id, { body: hostile }), context);
    expect(saved.ok).toBe(true);
    const page = (await getLiveBlogPage(row.id, row.slug))!;
    expect(page.entries[0]!.html).toContain('Sailings resume at dawn.');
    expect(page.entries[0]!.html).not.toMatch(/script|javascript:/i);
  });

  it('edits and deletes an entry of its own blog only', async () => {
    const editor = await member('editor');
    const row = await story(editor);
    const elsewhere = await story(editor);
    const added = await saveLiveEntry(editor, entry(row.id, { title: 'Ferry suspended' }), context);
    const entryId = added.ok ? added.data!.entryId : '';
    expect(await saveLiveEntry(editor, entry(elsewhere.id, { entryId, title: 'Moved' }), context)).toMatchObject({ ok: false, status: 404 });
    expect(await saveLiveEntry(editor, entry(row.id, { entryId, title: 'Ferry back on', pinned: 'on' }), context)).toMatchObject({ ok: true, message: 'Entry updated.' });
    expect(await db.liveEntry.findUniqueOrThrow({ where: { id: entryId } })).toMatchObject({ title: 'Ferry back on', pinned: true });
    expect(await deleteLiveEntry(editor, { articleId: elsewhere.id, entryId }, context)).toMatchObject({ ok: false, status: 404 });
    expect(await deleteLiveEntry(editor, { articleId: row.id, entryId }, context)).toMatchObject({ ok: true });
    expect(await db.liveEntry.count({ where: { id: entryId } })).toBe(0);
    expect((await getLiveBlogForEditing(row.id)).entries).toEqual([]);
  });
});

describe('an entry’s history', () => {
  it('keeps every version, restores an earlier one, and brings a deleted entry back under its own id', async () => {
    const editor = await member('editor');
    const row = await story(editor);
    const first = await saveLiveEntry(editor, entry(row.id, { title: 'Ferry suspended' }), context);
    const entryId = first.ok ? first.data!.entryId : '';
    await saveLiveEntry(editor, entry(row.id, { entryId, title: 'Ferry suspended until noon' }), context);
    let history = (await getLiveBlogForEditing(row.id)).entries[0]!.versions;
    expect(history.map((v) => [v.version, v.change, v.title])).toEqual([
      [2, 'edited', 'Ferry suspended until noon'],
      [1, 'created', 'Ferry suspended'],
    ]);

    // An earlier text back, recorded as a version of its own.
    expect(await restoreLiveEntry(editor, { articleId: row.id, revisionId: history[1]!.id }, context)).toMatchObject({ ok: true, message: 'Entry restored to version 1.' });
    expect((await db.liveEntry.findUniqueOrThrow({ where: { id: entryId } })).title).toBe('Ferry suspended');

    // Deleted, then brought back with its anchor (#entry-<id>) unchanged.
    await deleteLiveEntry(editor, { articleId: row.id, entryId }, context);
    const blog = await getLiveBlogForEditing(row.id);
    expect(blog.entries).toEqual([]);
    expect(blog.deleted.map((v) => [v.entryId, v.change, v.title])).toEqual([[entryId, 'deleted', 'Ferry suspended']]);
    expect(await restoreLiveEntry(editor, { articleId: row.id, revisionId: blog.deleted[0]!.id }, context)).toMatchObject({ ok: true, message: 'Entry restored.' });
    expect((await db.liveEntry.findUniqueOrThrow({ where: { id: entryId } })).title).toBe('Ferry suspended');
    history = (await getLiveBlogForEditing(row.id)).entries[0]!.versions;
    expect(history.map((v) => v.change)).toEqual(['restored', 'deleted', 'restored', 'edited', 'created']);
    const audit = await db.auditEvent.findMany({ where: { targetId: row.id, action: 'live.entry-restored' } });
    expect(audit).toHaveLength(2);
  });

  it('restores only a version of the same live blog, for those who may edit it', async () => {
    const editor = await member('editor');
    const author = await member('author');
    const [mine, theirs] = [await story(editor), await story(editor)];
    const saved = await saveLiveEntry(editor, entry(theirs.id), context);
    const version = await db.liveEntryRevision.findFirstOrThrow({ where: { entryId: saved.ok ? saved.data!.entryId : '' } });
    expect(await restoreLiveEntry(editor, { articleId: mine.id, revisionId: version.id }, context)).toMatchObject({ ok: false, status: 404, message: VERSION_NOT_FOUND });
    expect(await restoreLiveEntry(author, { articleId: theirs.id, revisionId: version.id }, context)).toMatchObject({ ok: false, status: 403 });
  });
});

describe('a live blog’s pages', () => {
  it('list pinned entries apart, the rest newest first a page at a time, and key events', async () => {
    const editor = await member('editor');
    const row = await story(editor);
    const count = LIVE_PAGE_SIZE + 5;
    const start = Date.now() - count * 60_000;
    for (let i = 0; i < count; i++) {
      await db.liveEntry.create({
        data: { articleId: row.id, at: new Date(start + i * 60_000), title: i === 3 ? 'Bridge closed' : '', body: paragraph(`Entry ${i}`), pinned: i === 0, keyEvent: i === 3 },
      });
    }
    const first = (await getLiveBlogPage(row.id, row.slug))!;
    expect(first.total).toBe(count);
    expect(first.pinned.map((e) => e.text)).toEqual(['Entry 0']);
    expect(first.entries).toHaveLength(LIVE_PAGE_SIZE);
    expect(first.entries[0]!.text).toBe(`Entry ${count - 1}`);
    expect(first.keyEvents.map((e) => e.title)).toEqual(['Bridge closed']);
    const second = (await getLiveBlogPage(row.id, row.slug, first.nextFrom!))!;
    expect(second.entries.map((e) => e.text)).toEqual(['Entry 4', 'Entry 3', 'Entry 2', 'Entry 1']);
    expect(second.nextFrom).toBeNull();
    // Only an entry of this blog's list starts a page.
    expect(await getLiveBlogPage(row.id, row.slug, first.pinned[0]!.id)).toBeNull();
    expect(await getLiveBlogPage(row.id, row.slug, 'no-such-entry')).toBeNull();
    const feed = (await getLiveFeed(row.id, row.slug))!;
    expect(feed.entries[0]!.time).toMatch(/^(\d{2}:\d{2}|Yesterday \d{2}:\d{2})$/);
  });

  it('are none for an ordinary story, and an ordinary story again keeps its entries', async () => {
    const editor = await member('editor');
    const row = await story(editor);
    await saveLiveEntry(editor, entry(row.id), context);
    expect(await setLiveSettings(editor, { articleId: row.id, state: 'off', endsAt: '' }, context)).toMatchObject({ ok: true });
    expect(await getLiveBlogPage(row.id, row.slug)).toBeNull();
    expect(await db.liveEntry.count({ where: { articleId: row.id } })).toBe(1);
  });
});
