import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadForEditing, toSnapshot } from '@/lib/articles/editing';
import { CANNOT_PUBLISH, NOT_YOUR_ARTICLE } from '@/lib/articles/editorial-access';
import { createDraft, restoreRevision, SAVE_CONFLICT, saveArticle, SECTION_UNKNOWN, SLUG_TAKEN } from '@/lib/articles/save';
import type { Role } from '@/lib/auth/roles';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { changedPaths } from '@/lib/publishing/publish-change';
import {
  CANNOT_REDATE,
  deleteArticle,
  ORIGINAL_DATE_IN_FUTURE,
  publishAsOf,
  publishNow,
  schedule,
  SCHEDULE_IN_PAST,
  submitForReview,
  unpublish,
} from '@/lib/publishing/workflow';
import { articleEntries, newsEntries } from '@/lib/sitemaps/queries';
import { paths } from '@/lib/routes';
import { absoluteUrl } from '@/lib/seo/absolute-url';
import { createAccount } from '@/lib/users/accounts';
import { createSection } from './factories';

const context = { request: { ip: '198.51.100.7', userAgent: 'vitest' } };

async function member(role: Role): Promise<Viewer> {
  const user = await createAccount({ email: `${role}-${randomUUID().slice(0, 8)}@desk.example`, name: `Desk ${role}`, role, password: 'lantern-gull-fog-harbour-9' });
  return { userId: user.id, sessionId: 'it', name: user.name, email: user.email, role, authorId: user.authorId };
}

const paragraph = (text: string) => JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

async function draft(viewer: Viewer, headline = `Story ${randomUUID().slice(0, 6)}`) {
  const section = await createSection();
  const created = await createDraft(viewer, { headline, sectionId: section.id }, context);
  if (!created.ok) throw new Error(created.message);
  const row = (await loadForEditing(created.data!.id))!;
  return { id: row.id, row, section };
}

async function save(viewer: Viewer, id: string, patch: Record<string, unknown>, options: { baseVersion?: number; autosave?: boolean } = {}) {
  const row = (await loadForEditing(id))!;
  return saveArticle(
    viewer,
    { articleId: id, baseVersion: options.baseVersion ?? row.version, fields: { ...toSnapshot(row), ...patch }, substantive: true, autosave: options.autosave ?? false },
    context,
  );
}

describe('saving articles', () => {
  it('keeps a revision of every save and refuses a save on top of a newer one, returning the other version', async () => {
    const editor = await member('editor');
    const { id } = await draft(editor);
    expect(await save(editor, id, { body: paragraph('First words.') })).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await save(editor, id, { body: paragraph('Second words.') })).toMatchObject({ ok: true, data: { version: 3 } });
    const stale = await save(editor, id, { body: paragraph('Written from an old copy.') }, { baseVersion: 2 });
    expect(stale).toMatchObject({ ok: false, status: 409, message: SAVE_CONFLICT });
    expect(!stale.ok && stale.details?.theirs.body).toContain('Second words.');
    expect((await loadForEditing(id))!.body).toContain('Second words.');
    expect(await db.articleRevision.count({ where: { articleId: id } })).toBe(3);
  });

  it('folds a run of autosaves into one revision', async () => {
    const editor = await member('editor');
    const { id } = await draft(editor);
    for (const text of ['a', 'ab', 'abc']) await save(editor, id, { body: paragraph(text) }, { autosave: true });
    const revisions = await db.articleRevision.findMany({ where: { articleId: id }, orderBy: { version: 'asc' } });
    expect(revisions.map((r) => r.note)).toEqual(['created', 'autosave']);
    expect(revisions[1]!.snapshot).toContain('abc');
  });

  it('answers field messages for bad references and writes nothing', async () => {
    const editor = await member('editor');
    const { id } = await draft(editor);
    const other = await draft(editor);
    const before = await loadForEditing(id);
    expect(await save(editor, id, { sectionId: 'no-such-section' })).toMatchObject({ ok: false, status: 400, fieldErrors: { sectionId: [SECTION_UNKNOWN] } });
    expect(await save(editor, id, { slug: other.row.slug })).toMatchObject({ ok: false, status: 400, fieldErrors: { slug: [SLUG_TAKEN] } });
    expect(await save(editor, id, { body: '{"type":"doc","content":[{"type":"figure","attrs":{"imageId":"missing"}}]}' })).toMatchObject({ ok: false, fieldErrors: { body: [expect.stringMatching(/no longer in the media library/)] } });
    expect(await loadForEditing(id)).toEqual(before);
  });

  it('creates tags typed inline, once', async () => {
    const editor = await member('editor');
    const { id } = await draft(editor);
    const name = `Harbour works ${randomUUID().slice(0, 4)}`;
    const tagged = await save(editor, id, { tags: [name, name.toUpperCase()] });
    expect(tagged, JSON.stringify(tagged)).toMatchObject({ ok: true });
    const row = (await loadForEditing(id))!;
    expect(row.tags.map((t) => t.tag.name)).toEqual([name]);
  });

  it('stores a canonical override that names the story’s own address as no override, and keeps one elsewhere', async () => {
    const editor = await member('editor');
    const { id, row, section } = await draft(editor);
    await save(editor, id, { canonicalUrl: absoluteUrl(paths.article(section.slug, row.slug)) });
    expect((await loadForEditing(id))!.canonicalUrl).toBe('');
    await save(editor, id, { canonicalUrl: 'https://partner.example/original-story' });
    expect((await loadForEditing(id))!.canonicalUrl).toBe('https://partner.example/original-story');
  });

  it('restores an old revision as a new save', async () => {
    const editor = await member('editor');
    const { id } = await draft(editor, 'Original headline');
    await save(editor, id, { headline: 'Changed headline' });
    const first = await db.articleRevision.findFirstOrThrow({ where: { articleId: id, version: 1 } });
    const row = (await loadForEditing(id))!;
    expect(await restoreRevision(editor, { articleId: id, revisionId: first.id, baseVersion: row.version }, context)).toMatchObject({ ok: true, data: { version: 3 } });
    expect((await loadForEditing(id))!.headline).toBe('Original headline');
  });
});

describe('the workflow and who may do what', () => {
  it('lets a contributor write and submit their own draft, but not publish it or touch someone else’s', async () => {
    const contributor = await member('contributor');
    const { id } = await draft(contributor);
    expect(await save(contributor, id, { body: paragraph('Mine.') })).toMatchObject({ ok: true });
    expect(await publishNow({ viewer: contributor, articleId: id, context })).toMatchObject({ ok: false, status: 403, message: CANNOT_PUBLISH });
    expect(await submitForReview({ viewer: contributor, articleId: id, context })).toMatchObject({ ok: true, data: { status: 'review' } });

    const editor = await member('editor');
    const theirs = await draft(editor);
    expect(await save(contributor, theirs.id, { body: paragraph('Not mine.') })).toMatchObject({ ok: false, status: 403, message: NOT_YOUR_ARTICLE });
  });

  it('lets an author publish their own article but not someone else’s', async () => {
    const author = await member('author');
    const own = await draft(author);
    expect(await publishNow({ viewer: author, articleId: own.id, context })).toMatchObject({ ok: true, data: { status: 'published' } });
    const editor = await member('editor');
    const other = await draft(editor);
    expect(await publishNow({ viewer: author, articleId: other.id, context })).toMatchObject({ ok: false, status: 403 });
  });

  it('sets the reader-facing "Updated" time only for substantive changes to a live article', async () => {
    const editor = await member('editor');
    const { id } = await draft(editor);
    await publishNow({ viewer: editor, articleId: id, context });
    let row = (await loadForEditing(id))!;
    await saveArticle(editor, { articleId: id, baseVersion: row.version, fields: { ...toSnapshot(row), body: paragraph('Typo fixd.') }, substantive: false, autosave: false }, context);
    expect((await loadForEditing(id))!.updatedAt).toBeNull();
    row = (await loadForEditing(id))!;
    await saveArticle(editor, { articleId: id, baseVersion: row.version, fields: { ...toSnapshot(row), body: paragraph('New facts.') }, substantive: true, autosave: false }, context);
    expect((await loadForEditing(id))!.updatedAt).toBeInstanceOf(Date);
  });

  it('schedules only in the future, in the site’s time zone', async () => {
    const editor = await member('editor');
    const { id } = await draft(editor);
    expect(await schedule({ viewer: editor, articleId: id, publishAt: '2001-01-01T09:00', context })).toMatchObject({ ok: false, message: SCHEDULE_IN_PAST });
    expect(await schedule({ viewer: editor, articleId: id, publishAt: '2099-06-01T09:30', context })).toMatchObject({ ok: true, data: { status: 'scheduled' } });
    // 09:30 in London in June is 08:30 UTC (the demo site's zone).
    expect((await loadForEditing(id))!.publishedAt?.toISOString()).toBe('2099-06-01T08:30:00.000Z');
  });

  it('leaves a deleted live article’s address answering 410 Gone, and an unpublished one nothing', async () => {
    const editor = await member('editor');
    const { id, row } = await draft(editor);
    await publishNow({ viewer: editor, articleId: id, context });
    expect(await unpublish({ viewer: editor, articleId: id, context })).toMatchObject({ ok: true, data: { status: 'unpublished' } });
    expect(await deleteArticle({ viewer: editor, articleId: id, context })).toMatchObject({ ok: true });
    expect(await db.redirect.findUnique({ where: { fromPath: `/${row.section.slug}/${row.slug}` } })).toMatchObject({ toPath: null });
    expect(await db.auditEvent.count({ where: { targetId: id, action: { in: ['article.published', 'article.unpublished', 'article.deleted'] } } })).toBe(3);
  });
});

describe('an original publication date', () => {
  const listed = async <T extends { path: string }>(entries: AsyncGenerator<T>) => {
    const found: string[] = [];
    for await (const entry of entries) found.push(entry.path);
    return found;
  };

  it('publishes a story as of a past moment on the site’s clock: its date, month sitemap and no news sitemap', async () => {
    const editor = await member('editor');
    const { id, row } = await draft(editor);
    const path = `/${row.section.slug}/${row.slug}`;
    expect(await publishAsOf({ viewer: editor, articleId: id, publishAt: '2099-01-01T09:00', context })).toMatchObject({ ok: false, message: ORIGINAL_DATE_IN_FUTURE });
    const result = await publishAsOf({ viewer: editor, articleId: id, publishAt: '2019-05-16T09:00', context });
    expect(result).toMatchObject({ ok: true, data: { status: 'published' }, message: 'Published with its original date, 16 May 2019, 09:00.' });
    // 09:00 in London in May is 08:00 UTC.
    const published = (await loadForEditing(id))!;
    expect(published.publishedAt?.toISOString()).toBe('2019-05-16T08:00:00.000Z');
    expect(await listed(articleEntries('2019-05', 1, new Date()))).toContain(path);
    expect(await listed(newsEntries(new Date()))).not.toContain(path);
    // Audited and versioned.
    expect(await db.auditEvent.count({ where: { targetId: id, action: 'article.redated' } })).toBe(1);
    expect(await db.articleRevision.findFirst({ where: { articleId: id }, orderBy: { version: 'desc' } })).toMatchObject({ note: 'Original publication date set to 16 May 2019, 09:00' });
    // Not announced to IndexNow as new; a later change to it is.
    expect(changedPaths(null, published)).toEqual([]);
    expect(changedPaths(published, published)).toEqual([path]);

    // Changed afterwards: the story stays published, with the new time.
    expect(await publishAsOf({ viewer: editor, articleId: id, publishAt: '2019-05-17T18:30', context })).toMatchObject({ ok: true });
    expect((await loadForEditing(id))!.publishedAt?.toISOString()).toBe('2019-05-17T17:30:00.000Z');
  });

  it('is for editors and administrators only: an author cannot backdate even their own story', async () => {
    const author = await member('author');
    const { id } = await draft(author);
    expect(await publishAsOf({ viewer: author, articleId: id, publishAt: '2019-05-16T09:00', context })).toMatchObject({ ok: false, status: 403, message: CANNOT_REDATE });
    expect((await loadForEditing(id))!).toMatchObject({ status: 'draft', publishedAt: null });
  });
});
