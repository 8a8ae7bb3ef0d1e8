// The newsroom's writes to live blogs: turning a story into one (and ending it), and its entries. Each write is
// checked against who may edit or publish the story, audited, and reaches readers like any change to the story:
// its page, its lists and the sitemaps are invalidated at once, and search engines are told of the update.
import { canEditArticle, canPublishArticle, ARTICLE_NOT_FOUND, CANNOT_PUBLISH, NOT_YOUR_ARTICLE } from '@/lib/articles/editorial-access';
import { openingParagraph } from '@/lib/articles/body';
import { cleanBody } from '@/lib/articles/body-clean';
import { renderEntry } from '@/lib/articles/rendered';
import { loadForEditing } from '@/lib/articles/editing';
import { lookupImages } from '@/lib/articles/save';
import { actorOf, recordAudit } from '@/lib/audit/record';
import type { ActionContext } from '@/lib/auth/define-action';
import type { Viewer } from '@/lib/auth/session';
import { siteConfig } from '@/lib/config/site';
import { formatDateTime, localInstant } from '@/lib/dates/format';
import { db } from '@/lib/db/client';
import { type ActionResult, failure, FORM_INVALID } from '@/lib/forms/result';
import { publishChange } from '@/lib/publishing/publish-change';
import { findEntryVersion, getEntryHistory, recordEntryVersion } from './history';
import { asLiveState, type LiveEntryInput } from './schemas';

export const NOT_A_LIVE_BLOG = 'This story is not a live blog. Make it one first.';
export const ENTRY_NOT_FOUND = 'That entry does not exist (it may have been deleted).';
export const ENTRY_EMPTY = 'Write the entry first.';
export const ENTRY_IN_FUTURE = 'An entry’s time cannot be in the future.';
export const KEY_EVENT_NEEDS_TITLE = 'A key event needs a title: the list of key events shows it.';
export const AUTHOR_UNKNOWN = 'Choose an author from the list.';
export const END_IN_PAST = 'A planned end must be in the future.';
export const VERSION_NOT_FOUND = 'That version of an entry does not exist on this live blog.';

/** How far ahead of the server's clock an entry's time may be (the editor's clock may run a little fast). */
const CLOCK_SLACK_MS = 60_000;

const siteInstant = (local: string) => localInstant(local, siteConfig().timeZone);

/** The story a live-blog write is about, with the viewer's right to it; a failure when there is none or no right. */
async function loadStory(viewer: Viewer, articleId: string, right: 'edit' | 'publish') {
  const row = await loadForEditing(articleId);
  if (!row) return failure(404, ARTICLE_NOT_FOUND);
  if (right === 'edit' ? !canEditArticle(viewer, row) : !canPublishArticle(viewer, row)) {
    return failure(403, right === 'edit' ? NOT_YOUR_ARTICLE : CANNOT_PUBLISH);
  }
  return { row, liveState: asLiveState(row.liveState) };
}

/** Readers and search engines learn of the change: the story's page, its lists and sitemaps, and IndexNow. */
async function touchStory(articleId: string, row: NonNullable<Awaited<ReturnType<typeof loadForEditing>>>) {
  await db.article.update({ where: { id: articleId }, data: { modifiedAt: new Date() } });
  publishChange(row, row);
}

/** Makes a story a live blog ("live" or "ended", with an optional planned end), or an ordinary story again. */
export async function setLiveSettings(
  viewer: Viewer,
  input: { articleId: string; state: 'off' | 'live' | 'ended'; endsAt: string },
  context: ActionContext,
): Promise<ActionResult> {
  const story = await loadStory(viewer, input.articleId, 'publish');
  if ('ok' in story) return story;
  const endsAt = input.endsAt ? siteInstant(input.endsAt) : null;
  if (input.endsAt && !endsAt) return failure(400, FORM_INVALID, { endsAt: ['Choose a date and time.'] });
  if (endsAt && input.state === 'live' && endsAt <= new Date()) return failure(400, FORM_INVALID, { endsAt: [END_IN_PAST] });
  const liveState = input.state === 'off' ? null : input.state;
  await db.article.update({ where: { id: input.articleId }, data: { liveState, liveEndsAt: liveState ? endsAt : null } });
  publishChange(story.row, story.row);
  const said = { off: 'an ordinary story', live: 'a live blog, live', ended: 'a live blog, ended' }[input.state];
  await recordAudit({
    actor: actorOf(viewer),
    action: 'live.settings-changed',
    target: { type: 'article', id: input.articleId },
    summary: `Made "${story.row.headline}" ${said}${endsAt && liveState ? ` (planned end ${formatDateTime(endsAt, siteConfig().timeZone)})` : ''}`,
    request: context.request,
  });
  const message = { off: 'This is an ordinary story again. Its entries are kept.', live: 'The live blog is live.', ended: 'The live blog has ended.' }[input.state];
  return { ok: true, message };
}

/** Adds an entry to a live blog, or changes one (`entryId`). */
export async function saveLiveEntry(viewer: Viewer, input: LiveEntryInput, context: ActionContext): Promise<ActionResult<{ entryId: string }>> {
  const story = await loadStory(viewer, input.articleId, 'edit');
  if ('ok' in story) return story;
  if (!story.liveState) return failure(409, NOT_A_LIVE_BLOG);
  const existing = input.entryId ? await db.liveEntry.findFirst({ where: { id: input.entryId, articleId: input.articleId } }) : null;
  if (input.entryId && !existing) return failure(404, ENTRY_NOT_FOUND);

  const errors: Record<string, string[]> = {};
  const now = new Date();
  const at = input.at ? siteInstant(input.at) : (existing?.at ?? now);
  if (!at) errors.at = ['Choose a date and time.'];
  else if (at.getTime() > now.getTime() + CLOCK_SLACK_MS) errors.at = [ENTRY_IN_FUTURE];
  if (input.keyEvent && !input.title) errors.title = [KEY_EVENT_NEEDS_TITLE];
  const authorId = input.authorId ?? existing?.authorId ?? viewer.authorId ?? null;
  if (input.authorId && !(await db.author.count({ where: { id: input.authorId } }))) errors.authorId = [AUTHOR_UNKNOWN];
  const body = await cleanBody(input.body, lookupImages);
  // Rendered once: its text is what the emptiness check reads, and the whole render is stored with the entry.
  const render = body.ok ? renderEntry(body.body) : null;
  if (!body.ok) errors.body = [body.message];
  else if (!render?.bodyText.trim() && !body.body.content?.some((node) => node.type === 'figure' || node.type === 'embed')) errors.body = [ENTRY_EMPTY];
  if (Object.keys(errors).length || !body.ok || !render || !at) return failure(400, FORM_INVALID, errors);

  const data = { at, title: input.title, body: body.json, ...render, authorId, pinned: input.pinned, keyEvent: input.keyEvent };
  const entry = await db.$transaction(async (tx) => {
    const saved = existing
      ? await tx.liveEntry.update({ where: { id: existing.id }, data })
      : await tx.liveEntry.create({ data: { ...data, articleId: input.articleId } });
    await recordEntryVersion(tx, saved, existing ? 'edited' : 'created', viewer);
    return saved;
  });
  await touchStory(input.articleId, story.row);
  const label = input.title ? `“${input.title}”` : 'an entry';
  await recordAudit({
    actor: actorOf(viewer),
    action: existing ? 'live.entry-edited' : 'live.entry-added',
    target: { type: 'article', id: input.articleId },
    summary: `${existing ? 'Edited' : 'Added'} ${label} on "${story.row.headline}"`,
    request: context.request,
  });
  return { ok: true, message: existing ? 'Entry updated.' : 'Entry published.', data: { entryId: entry.id } };
}

export async function deleteLiveEntry(viewer: Viewer, input: { articleId: string; entryId: string }, context: ActionContext): Promise<ActionResult> {
  const story = await loadStory(viewer, input.articleId, 'edit');
  if ('ok' in story) return story;
  // The entry's last version is kept, so the deletion can be undone from the history.
  const deleted = await db.$transaction(async (tx) => {
    const entry = await tx.liveEntry.findFirst({ where: { id: input.entryId, articleId: input.articleId } });
    if (!entry) return null;
    await recordEntryVersion(tx, entry, 'deleted', viewer);
    await tx.liveEntry.delete({ where: { id: entry.id } });
    return entry;
  });
  if (!deleted) return failure(404, ENTRY_NOT_FOUND);
  await touchStory(input.articleId, story.row);
  await recordAudit({
    actor: actorOf(viewer),
    action: 'live.entry-deleted',
    target: { type: 'article', id: input.articleId },
    summary: `Deleted ${deleted.title ? `“${deleted.title}”` : 'an entry'} from "${story.row.headline}"`,
    request: context.request,
  });
  return { ok: true, message: 'Entry deleted. Its history keeps it: “Restore” brings it back.' };
}

/** Brings an entry back as it was in one of its versions: an earlier text, or an entry that was deleted. */
export async function restoreLiveEntry(viewer: Viewer, input: { articleId: string; revisionId: string }, context: ActionContext): Promise<ActionResult> {
  const story = await loadStory(viewer, input.articleId, 'edit');
  if ('ok' in story) return story;
  if (!story.liveState) return failure(409, NOT_A_LIVE_BLOG);
  const version = await findEntryVersion(input.articleId, input.revisionId);
  if (!version) return failure(404, VERSION_NOT_FOUND);
  const authorId = version.authorId && (await db.author.count({ where: { id: version.authorId } })) ? version.authorId : null;
  const data = { at: version.at, title: version.title, body: version.body, ...renderEntry(version.body), authorId, pinned: version.pinned, keyEvent: version.keyEvent };
  const wasDeleted = await db.$transaction(async (tx) => {
    const present = await tx.liveEntry.findUnique({ where: { id: version.entryId }, select: { articleId: true } });
    if (present && present.articleId !== input.articleId) return null;
    const saved = present
      ? await tx.liveEntry.update({ where: { id: version.entryId }, data })
      : await tx.liveEntry.create({ data: { ...data, id: version.entryId, articleId: input.articleId } });
    await recordEntryVersion(tx, saved, 'restored', viewer);
    return !present;
  });
  if (wasDeleted === null) return failure(404, VERSION_NOT_FOUND);
  await touchStory(input.articleId, story.row);
  await recordAudit({
    actor: actorOf(viewer),
    action: 'live.entry-restored',
    target: { type: 'article', id: input.articleId },
    summary: `Restored ${version.title ? `“${version.title}”` : 'an entry'} on "${story.row.headline}" ${wasDeleted ? 'after its deletion' : `to version ${version.version}`}`,
    request: context.request,
  });
  return { ok: true, message: wasDeleted ? 'Entry restored.' : `Entry restored to version ${version.version}.` };
}

/** A story's live-blog settings and entries as the newsroom edits them, newest first (up to 500). */
export async function getLiveBlogForEditing(articleId: string) {
  const [article, entries, history] = await Promise.all([
    db.article.findUnique({ where: { id: articleId }, select: { liveState: true, liveEndsAt: true } }),
    db.liveEntry.findMany({
      where: { articleId },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take: 500,
      select: { id: true, at: true, title: true, body: true, pinned: true, keyEvent: true, authorId: true, author: { select: { name: true } } },
    }),
    getEntryHistory(articleId),
  ]);
  return {
    state: asLiveState(article?.liveState) ?? ('off' as const),
    endsAt: article?.liveEndsAt ?? null,
    entries: entries.map((entry) => ({
      id: entry.id,
      at: entry.at,
      title: entry.title,
      body: entry.body,
      excerpt: openingParagraph(entry.body),
      authorId: entry.authorId ?? '',
      authorName: entry.author?.name ?? '',
      pinned: entry.pinned,
      keyEvent: entry.keyEvent,
      versions: history.byEntry[entry.id] ?? [],
    })),
    deleted: history.deleted,
  };
}
