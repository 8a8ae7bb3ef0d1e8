import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  deleteArticleAction,
  heartbeatAction,
  previewLinkAction,
  restoreRevisionAction,
  saveArticleAction,
  submitForReviewAction,
} from '@/app/admin/articles/actions';
import { getArticleForEditor, listDeskArticles } from '@/lib/articles/desk-queries';
import { type EditingRow, loadForEditing, toSnapshot, writeRevision } from '@/lib/articles/editing';
import { heartbeat } from '@/lib/articles/presence';
import { sharePreviewLink } from '@/lib/articles/preview-link';
import { deskFilterSchema } from '@/lib/articles/schemas';
import { can, type Role, ROLES } from '@/lib/auth/roles';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { createAccount } from '@/lib/users/accounts';
import { createArticle, createSection } from './factories';

// Contributors and authors work on their own stories only: another writer's article, its preview and its revisions
// are closed to them (the editor and revisions pages refuse when rights.open is false; the preview page asks
// canOpenArticle). Editors and administrators open every story.

const context = { request: { ip: '198.51.100.30', userAgent: 'vitest' }, headers: new Headers() };

const WRITERS: Role[] = ROLES.filter((role) => !can(role, 'articles:edit-any'));
const DESK: Role[] = ROLES.filter((role) => can(role, 'articles:edit-any'));

async function member(role: Role): Promise<Viewer> {
  const user = await createAccount({ email: `access-${role}-${randomUUID().slice(0, 8)}@it.example`, name: `Access ${role}`, role, password: 'lantern-gull-fog-harbour-9' });
  return { userId: user.id, sessionId: 'it', name: user.name, email: user.email, role, authorId: user.authorId };
}

/** A story owned and bylined by `owner`, with its first revision, as the editor makes them. */
async function storyOf(owner: Viewer, status: 'draft' | 'published'): Promise<EditingRow> {
  const section = await createSection('Article access');
  const article = await createArticle({
    sectionId: section.id,
    status,
    publishedAt: status === 'published' ? new Date(Date.now() - 3600_000) : null,
    headline: `Someone else's story ${randomUUID().slice(0, 8)}`,
    authorIds: [owner.authorId!],
    ownerId: owner.userId,
  });
  const row = (await loadForEditing(article.id))!;
  await db.$transaction((tx) => writeRevision(tx, row, owner, 'created', false));
  return row;
}

const viewers = {} as Record<Role, Viewer>;
let otherWriter: Viewer;

beforeAll(async () => {
  for (const role of ROLES) viewers[role] = await member(role);
  otherWriter = await member('contributor');
});

const presenceOf = (viewer: Viewer, articleId: string) => db.editingPresence.count({ where: { articleId, userId: viewer.userId } });
const listed = async (viewer: Viewer, story: EditingRow) =>
  (await listDeskArticles(viewer, deskFilterSchema.parse({ q: story.headline }))).items.map((item) => item.id);

describe.each(['draft', 'published'] as const)("another writer's %s story", (status) => {
  it.each(WRITERS)('is closed to the %s: not opened, previewed, joined or listed', async (role) => {
    const viewer = viewers[role];
    const story = await storyOf(otherWriter, status);

    expect((await getArticleForEditor(viewer, story.id))?.rights).toMatchObject({ open: false, edit: false, publish: false, delete: false });
    expect(await sharePreviewLink(viewer, story.id)).toMatchObject({ ok: false, status: 403 });
    expect(await heartbeat(viewer, story.id)).toBeNull();
    expect(await presenceOf(viewer, story.id)).toBe(0);
    expect(await listed(viewer, story)).not.toContain(story.id);
  });

  it.each(DESK)('is open to the %s', async (role) => {
    const viewer = viewers[role];
    const story = await storyOf(otherWriter, status);

    expect((await getArticleForEditor(viewer, story.id))?.rights).toMatchObject({ open: true, edit: true });
    expect(await sharePreviewLink(viewer, story.id)).toMatchObject({ ok: true, data: { url: expect.stringContaining(`/preview/${story.id}?`) } });
    expect(await heartbeat(viewer, story.id)).toEqual({ others: [] });
    expect(await presenceOf(viewer, story.id)).toBe(1);
    expect(await listed(viewer, story)).toContain(story.id);
  });
});

describe("the editor's actions on another writer's draft", () => {
  it.each(WRITERS)('refuse the %s and change nothing', async (role) => {
    const viewer = viewers[role];
    const story = await storyOf(otherWriter, 'draft');
    const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: story.id } });
    const before = await loadForEditing(story.id);
    const articleId = story.id;

    expect(await previewLinkAction.run(viewer, { articleId }, context)).toMatchObject({ ok: false, status: 403 });
    // Presence answers "no such article" rather than confirming that it exists.
    expect(await heartbeatAction.run(viewer, { articleId }, context)).toMatchObject({ ok: false, status: 404 });
    const fields = { ...toSnapshot(story), headline: 'Taken over' };
    expect(await saveArticleAction.run(viewer, { articleId, baseVersion: story.version, fields }, context)).toMatchObject({ ok: false, status: 403 });
    const restore = { articleId, revisionId: revision.id, baseVersion: String(story.version) };
    expect(await restoreRevisionAction.run(viewer, restore, context)).toMatchObject({ ok: false, status: 403 });
    expect(await submitForReviewAction.run(viewer, { articleId, baseVersion: story.version }, context)).toMatchObject({ ok: false, status: 403 });
    expect(await deleteArticleAction.run(viewer, { articleId }, context)).toMatchObject({ ok: false, status: 403 });

    expect(await loadForEditing(story.id)).toEqual(before);
    expect(await db.articleRevision.count({ where: { articleId } })).toBe(1);
  });
});
