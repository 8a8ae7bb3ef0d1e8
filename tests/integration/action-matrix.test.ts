import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EditingRow, loadForEditing, toSnapshot, writeRevision } from '@/lib/articles/editing';
import type { ArticleStatus } from '@/lib/articles/visibility';
import { auth } from '@/lib/auth/auth';
import { formEntries, type HandlerContext } from '@/lib/auth/define-action';
import { can, type Permission, type Role, ROLES } from '@/lib/auth/roles';
import type { Viewer } from '@/lib/auth/session';
import { siteConfig } from '@/lib/config/site';
import { toDateTimeLocal } from '@/lib/dates/format';
import { db } from '@/lib/db/client';
import type { ActionResult } from '@/lib/forms/result';
import { createAccount } from '@/lib/users/accounts';
import { createInvitation } from '@/lib/users/invitations';
import { upcomingEdition } from '@/lib/newsletters/editions';
import { seedNewsletters } from '@/prisma/seed/newsletters';
import { createArticle, createAuthor, createSection, createTag } from './factories';

// Every server action × {anonymous, contributor, author, editor, administrator}, run against the real database.
// Refused callers get 401/403 and change nothing; allowed callers, given a valid input they own, get through and
// change what the action is for. The actions are discovered on disk as tests/unit/authorization-matrix.test.ts
// does, so a new action without an entry in VALID_INPUTS fails here.

const root = path.resolve(import.meta.dirname, '../..');

type GuardedAction = {
  permission: Permission | 'public';
  run: (viewer: Viewer | null, raw: unknown, context: HandlerContext) => Promise<ActionResult<unknown, unknown>>;
};

const actionFiles = fs
  .readdirSync(path.join(root, 'app/admin'), { recursive: true, encoding: 'utf8' })
  .filter((f) => path.basename(f) === 'actions.ts')
  .map((f) => path.join('app/admin', f));

const discovered = (
  await Promise.all(
    actionFiles.map(async (file) => {
      const mod = (await import(path.join(root, file))) as Record<string, GuardedAction>;
      return Object.entries(mod).map(([name, action]) => ({ file, name, action }));
    }),
  )
).flat();

/** The morning edition an editor can prepare now (the demo's newsletters, seeded when missing). */
async function nextMorningEdition() {
  await seedNewsletters(db);
  return upcomingEdition(await db.newsletter.findUniqueOrThrow({ where: { slug: 'morning-edition' } }))!;
}

const CALLERS = ['anonymous', ...ROLES] as const;
type Caller = (typeof CALLERS)[number];

const PASSWORD = 'lantern-gull-fog-harbour-9';
const NEW_PASSWORD = 'quay-brine-kestrel-lamp-47';
/** Names the sections this file makes, so afterAll can find its stories. */
const MATRIX = 'Action matrix';

const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** Form fields as a server action receives them: through FormData, so every value is a string. */
function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return formEntries(data);
}

/** A datetime-local value `minutes` from now in the site's time zone, as the editor's controls send it. */
const localTime = (minutes: number) => toDateTimeLocal(new Date(Date.now() + minutes * 60_000), siteConfig().timeZone);

/** One member of staff per role, with a real account, made in beforeAll. */
const viewers = {} as Record<Role, Viewer>;

const context = (headers = new Headers()): HandlerContext => ({ request: { ip: '203.0.113.20', userAgent: 'action-matrix' }, headers });

async function member(role: Role): Promise<Viewer> {
  const user = await createAccount({ email: `matrix-${role}-${randomUUID().slice(0, 8)}@it.example`, name: `Matrix ${role}`, role, password: PASSWORD });
  return { userId: user.id, sessionId: 'it', name: user.name, email: user.email, role, authorId: user.authorId };
}

/**
 * Signs the viewer in through better-auth as the login form does, and answers request headers carrying the session
 * cookie. The password is set first: the change-password case changes it.
 */
async function signedIn(viewer: Viewer): Promise<Headers> {
  await db.account.updateMany({ where: { userId: viewer.userId, providerId: 'credential' }, data: { password: await hashPassword(PASSWORD) } });
  const { headers } = await auth.api.signInEmail({ body: { email: viewer.email, password: PASSWORD }, headers: new Headers(), returnHeaders: true });
  return new Headers({ cookie: headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') });
}

/** A story in a section of its own, owned and bylined by `viewer` as createDraft makes it, with its first revision. */
async function storyOf(viewer: Viewer, status: ArticleStatus = 'draft', extra: { breakingUntil?: Date; liveState?: string } = {}): Promise<EditingRow> {
  const section = await createSection(MATRIX);
  const live = status === 'published' || status === 'unpublished';
  const article = await createArticle({
    sectionId: section.id,
    status,
    publishedAt: live ? new Date(Date.now() - 3600_000) : null,
    authorIds: viewer.authorId ? [viewer.authorId] : [],
    ownerId: viewer.userId,
  });
  if (extra.breakingUntil || extra.liveState) {
    await db.article.update({ where: { id: article.id }, data: { breakingUntil: extra.breakingUntil, liveState: extra.liveState } });
  }
  const row = (await loadForEditing(article.id))!;
  await db.$transaction((tx) => writeRevision(tx, row, viewer, 'created', false));
  return row;
}

const articleState = (articleId: string) => () =>
  db.article.findUnique({ where: { id: articleId }, select: { status: true, version: true, headline: true, publishedAt: true, breakingUntil: true } });

const liveState = (articleId: string) => async () => ({
  article: await db.article.findUnique({ where: { id: articleId }, select: { liveState: true, liveEndsAt: true } }),
  entries: await db.liveEntry.findMany({ where: { articleId }, select: { id: true, title: true }, orderBy: { id: 'asc' } }),
});

const LIVE_ENTRY_BODY = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The ferry is suspended.' }] }] });

async function imageOf(viewer: Viewer) {
  return db.image.create({
    data: { path: `matrix/${randomUUID()}.jpg`, mimeType: 'image/jpeg', width: 16, height: 9, alt: 'Boats at the quay', uploadedById: viewer.userId },
  });
}

/** A reader's comment on `story`, from a confirmed commenter of its own. */
async function commentOn(story: { id: string }, status = 'pending') {
  const commenter = await db.commenter.create({ data: { email: `${unique('commenter')}@it.example`, displayName: 'Harbour Watcher', confirmedAt: new Date() } });
  return db.comment.create({ data: { articleId: story.id, commenterId: commenter.id, body: 'The ferry was late.', status, publishedAt: status === 'approved' ? new Date() : null } });
}

const colleague = () => member('contributor');

/** A featured pin after every other one, so moving it up always moves it. */
async function lastFeaturedPin(viewer: Viewer) {
  const story = await storyOf(viewer, 'published');
  const last = await db.homepagePin.aggregate({ where: { slot: 'featured' }, _max: { position: true } });
  return db.homepagePin.create({ data: { articleId: story.id, slot: 'featured', position: (last._max.position ?? 0) + 1, createdById: viewer.userId } });
}

/** What a valid call needs, made in the database for the viewer, who owns whatever the domain checks ownership of. */
type Prepared = {
  /** The raw input exactly as the form (FormData entries, all strings) or the editor (a JSON object) sends it. */
  input: unknown;
  /** The request's headers: a session cookie for the actions that call better-auth. */
  headers?: Headers;
  /**
   * What the action changes: a refused call must leave it as it was, an allowed call must change it. Left out only
   * for actions that read and write nothing.
   */
  state?: () => Promise<unknown>;
};

type Entry = {
  /** The permission the action must require: written here rather than read from it, so loosening a guard fails. */
  may: Permission | 'public';
  prepare: (viewer: Viewer) => Promise<Prepared>;
  /** Where the action sends the browser when it succeeds (it throws Next's redirect instead of answering). */
  redirectsTo?: RegExp;
};

const VALID_INPUTS: Record<string, Entry> = {
  // app/admin/actions.ts
  signOutAction: {
    may: 'admin:enter',
    prepare: async (viewer) => ({ input: form({}), headers: await signedIn(viewer), state: () => db.session.count({ where: { userId: viewer.userId } }) }),
    redirectsTo: /^\/admin\/login\?signedOut=1$/,
  },

  // app/admin/articles/actions.ts
  createArticleAction: {
    may: 'articles:write-own',
    prepare: async () => {
      const section = await createSection(MATRIX);
      return { input: form({ headline: 'Harbour lights return', sectionId: section.id }), state: () => db.article.count({ where: { sectionId: section.id } }) };
    },
    redirectsTo: /^\/admin\/articles\/[^/?]+$/,
  },
  saveArticleAction: {
    may: 'articles:write-own',
    prepare: async (viewer) => {
      const row = await storyOf(viewer);
      const fields = { ...toSnapshot(row), headline: `${row.headline} (revised)` };
      return { input: { articleId: row.id, baseVersion: row.version, fields, substantive: true, autosave: false }, state: articleState(row.id) };
    },
  },
  restoreRevisionAction: {
    may: 'articles:write-own',
    prepare: async (viewer) => {
      const row = await storyOf(viewer);
      const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: row.id } });
      return { input: form({ articleId: row.id, revisionId: revision.id, baseVersion: String(row.version) }), state: articleState(row.id) };
    },
    redirectsTo: /^\/admin\/articles\/[^/?]+\?restored=2$/,
  },
  submitForReviewAction: {
    may: 'articles:submit',
    prepare: async (viewer) => {
      const row = await storyOf(viewer);
      return { input: { articleId: row.id, baseVersion: row.version }, state: articleState(row.id) };
    },
  },
  sendBackAction: {
    may: 'articles:publish-any',
    prepare: async (viewer) => {
      const row = await storyOf(viewer, 'review');
      return { input: { articleId: row.id, note: 'Name the source in the second paragraph.', baseVersion: row.version }, state: articleState(row.id) };
    },
  },
  publishArticleAction: {
    may: 'articles:publish-own',
    prepare: async (viewer) => {
      const row = await storyOf(viewer);
      return { input: { articleId: row.id, baseVersion: row.version }, state: articleState(row.id) };
    },
  },
  scheduleArticleAction: {
    may: 'articles:publish-own',
    prepare: async (viewer) => {
      const row = await storyOf(viewer);
      return { input: { articleId: row.id, publishAt: localTime(2 * 24 * 60), baseVersion: row.version }, state: articleState(row.id) };
    },
  },
  publishAsOfAction: {
    may: 'articles:publish-any',
    prepare: async (viewer) => {
      const row = await storyOf(viewer);
      return { input: { articleId: row.id, publishAt: '2019-05-16T09:00', baseVersion: row.version }, state: articleState(row.id) };
    },
  },
  unpublishArticleAction: {
    may: 'articles:publish-own',
    prepare: async (viewer) => {
      const row = await storyOf(viewer, 'published');
      return { input: { articleId: row.id, baseVersion: row.version }, state: articleState(row.id) };
    },
  },
  deleteArticleAction: {
    may: 'articles:write-own',
    prepare: async (viewer) => {
      const row = await storyOf(viewer);
      return { input: { articleId: row.id }, state: () => db.article.count({ where: { id: row.id } }) };
    },
  },
  heartbeatAction: {
    may: 'articles:write-own',
    prepare: async (viewer) => {
      const row = await storyOf(viewer);
      return { input: { articleId: row.id }, state: () => db.editingPresence.count({ where: { articleId: row.id } }) };
    },
  },
  leaveArticleAction: {
    may: 'articles:write-own',
    prepare: async (viewer) => {
      const row = await storyOf(viewer);
      await db.editingPresence.create({ data: { articleId: row.id, userId: viewer.userId, seenAt: new Date() } });
      return { input: { articleId: row.id }, state: () => db.editingPresence.count({ where: { articleId: row.id } }) };
    },
  },
  // Signs a link and writes nothing.
  previewLinkAction: {
    may: 'articles:write-own',
    prepare: async (viewer) => ({ input: { articleId: (await storyOf(viewer)).id } }),
  },
  flagBreakingAction: {
    may: 'articles:publish-any',
    prepare: async (viewer) => {
      const row = await storyOf(viewer, 'published');
      return { input: { articleId: row.id, until: localTime(30) }, state: articleState(row.id) };
    },
  },
  clearBreakingAction: {
    may: 'articles:publish-any',
    prepare: async (viewer) => {
      const row = await storyOf(viewer, 'published', { breakingUntil: new Date(Date.now() + 30 * 60_000) });
      return { input: { articleId: row.id }, state: articleState(row.id) };
    },
  },
  liveSettingsAction: {
    may: 'articles:publish-own',
    prepare: async (viewer) => {
      const row = await storyOf(viewer, 'published');
      return { input: form({ articleId: row.id, state: 'live', endsAt: '' }), state: liveState(row.id) };
    },
  },
  saveLiveEntryAction: {
    may: 'articles:publish-own',
    prepare: async (viewer) => {
      const row = await storyOf(viewer, 'published', { liveState: 'live' });
      return { input: form({ articleId: row.id, body: LIVE_ENTRY_BODY, title: 'Ferry suspended' }), state: liveState(row.id) };
    },
  },
  deleteLiveEntryAction: {
    may: 'articles:publish-own',
    prepare: async (viewer) => {
      const row = await storyOf(viewer, 'published', { liveState: 'live' });
      const entry = await db.liveEntry.create({ data: { articleId: row.id, body: LIVE_ENTRY_BODY } });
      return { input: form({ articleId: row.id, entryId: entry.id }), state: liveState(row.id) };
    },
  },
  restoreLiveEntryAction: {
    may: 'articles:publish-own',
    prepare: async (viewer) => {
      const row = await storyOf(viewer, 'published', { liveState: 'live' });
      const version = await db.liveEntryRevision.create({
        data: { articleId: row.id, entryId: `deleted-${row.id}`, version: 1, change: 'deleted', at: new Date(), title: 'Ferry back', body: LIVE_ENTRY_BODY },
      });
      return { input: form({ articleId: row.id, revisionId: version.id }), state: liveState(row.id) };
    },
  },

  // app/admin/media/actions.ts
  updateImageAction: {
    may: 'articles:write-own',
    prepare: async (viewer) => {
      const image = await imageOf(viewer);
      return {
        input: form({ imageId: image.id, alt: 'Fishing boats moored at dawn', caption: 'The quay before the auction.', credit: 'Dateline' }),
        state: () => db.image.findUnique({ where: { id: image.id }, select: { alt: true, caption: true, credit: true } }),
      };
    },
  },
  deleteImageAction: {
    may: 'articles:write-own',
    prepare: async (viewer) => {
      const image = await imageOf(viewer);
      return { input: form({ imageId: image.id }), state: () => db.image.count({ where: { id: image.id } }) };
    },
  },
  // The picker's search reads and writes nothing.
  searchMediaAction: {
    may: 'articles:write-own',
    prepare: async () => ({ input: form({ q: 'quay', page: '1' }) }),
  },

  // app/admin/profile/actions.ts
  updateProfileAction: {
    may: 'profile:edit',
    prepare: async (viewer) => ({
      input: form({ name: unique('Matrix renamed'), jobTitle: 'Night editor', bio: 'Covers the harbour.' }),
      state: () => db.user.findUnique({ where: { id: viewer.userId }, select: { name: true } }),
    }),
  },
  changePasswordAction: {
    may: 'profile:edit',
    prepare: async (viewer) => ({
      input: form({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
      headers: await signedIn(viewer),
      state: () => db.account.findFirst({ where: { userId: viewer.userId, providerId: 'credential' }, select: { password: true } }),
    }),
  },
  signOutEverywhereAction: {
    may: 'profile:edit',
    prepare: async (viewer) => ({ input: form({}), headers: await signedIn(viewer), state: () => db.session.count({ where: { userId: viewer.userId } }) }),
    redirectsTo: /^\/admin\/login\?signedOut=1$/,
  },

  // app/admin/users/actions.ts
  inviteUserAction: {
    may: 'users:manage',
    prepare: async () => {
      const email = `${unique('invitee')}@it.example`;
      return { input: form({ email, name: 'New Reporter', role: 'contributor' }), state: () => db.invitation.count({ where: { email } }) };
    },
  },
  revokeInvitationAction: {
    may: 'users:manage',
    prepare: async () => {
      const email = `${unique('invitee')}@it.example`;
      await createInvitation(viewers.administrator, { email, name: 'New Reporter', role: 'author' }, context());
      const invitation = await db.invitation.findFirstOrThrow({ where: { email } });
      return { input: form({ invitationId: invitation.id }), state: () => db.invitation.findUnique({ where: { id: invitation.id }, select: { revokedAt: true } }) };
    },
  },
  changeRoleAction: {
    may: 'users:manage',
    prepare: async () => {
      const other = await colleague();
      return { input: form({ userId: other.userId, role: 'author' }), state: () => db.user.findUnique({ where: { id: other.userId }, select: { role: true } }) };
    },
  },
  suspendUserAction: {
    may: 'users:manage',
    prepare: async () => {
      const other = await colleague();
      return { input: form({ userId: other.userId }), state: () => db.user.findUnique({ where: { id: other.userId }, select: { status: true } }) };
    },
  },
  reinstateUserAction: {
    may: 'users:manage',
    prepare: async () => {
      const other = await colleague();
      await db.user.update({ where: { id: other.userId }, data: { status: 'suspended' } });
      return { input: form({ userId: other.userId }), state: () => db.user.findUnique({ where: { id: other.userId }, select: { status: true } }) };
    },
  },
  deleteUserAction: {
    may: 'users:manage',
    redirectsTo: /^\/admin\/users\?deleted=/,
    prepare: async (viewer) => {
      const other = await colleague();
      return { input: form({ userId: other.userId, reassignTo: viewer.userId }), state: () => db.user.count({ where: { id: other.userId } }) };
    },
  },

  // app/admin/sections/actions.ts
  createSectionAction: {
    may: 'sections:manage',
    prepare: async () => {
      const slug = unique('matrix-desk');
      return { input: form({ name: 'Matrix desk', slug, description: '' }), state: () => db.section.count({ where: { slug } }) };
    },
  },
  updateSectionAction: {
    may: 'sections:manage',
    prepare: async () => {
      const section = await createSection(MATRIX);
      return {
        input: form({ sectionId: section.id, name: `${MATRIX} renamed`, slug: section.slug, description: 'Renamed by the matrix.' }),
        state: () => db.section.findUnique({ where: { id: section.id }, select: { name: true, description: true } }),
      };
    },
  },
  moveSectionAction: {
    may: 'sections:manage',
    prepare: async () => {
      // Last in the navigation, after at least one other section: moving it up always moves it.
      await createSection(MATRIX);
      const last = await db.section.aggregate({ _max: { position: true } });
      const section = await db.section.create({ data: { slug: unique('matrix-last'), name: MATRIX, position: (last._max.position ?? 0) + 1 } });
      const place = async () =>
        (await db.section.findMany({ orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true } })).findIndex((s) => s.id === section.id);
      return { input: form({ sectionId: section.id, direction: 'up' }), state: place };
    },
  },
  deleteSectionAction: {
    may: 'sections:manage',
    prepare: async () => {
      const section = await createSection(MATRIX);
      return { input: form({ sectionId: section.id }), state: () => db.section.count({ where: { id: section.id } }) };
    },
  },

  // app/admin/authors/actions.ts
  createAuthorAction: {
    may: 'authors:manage',
    prepare: async () => {
      const slug = unique('matrix-writer');
      return { input: form({ name: 'Matrix Writer', slug, jobTitle: '', bio: '', photoId: '' }), state: () => db.author.count({ where: { slug } }) };
    },
  },
  updateAuthorAction: {
    may: 'authors:manage',
    prepare: async () => {
      const author = await createAuthor();
      return {
        input: form({ authorId: author.id, name: 'Matrix Renamed', slug: author.slug, jobTitle: 'Harbour reporter', bio: author.bio, photoId: '' }),
        state: () => db.author.findUnique({ where: { id: author.id }, select: { name: true, jobTitle: true } }),
      };
    },
  },
  deleteAuthorAction: {
    may: 'authors:manage',
    prepare: async () => {
      const author = await createAuthor();
      return { input: form({ authorId: author.id }), state: () => db.author.count({ where: { id: author.id } }) };
    },
  },

  // app/admin/tags/actions.ts
  createTagAction: {
    may: 'tags:manage',
    prepare: async () => {
      const slug = unique('matrix-tag');
      return { input: form({ name: 'Matrix tag', slug, description: '' }), state: () => db.tag.count({ where: { slug } }) };
    },
  },
  renameTagAction: {
    may: 'tags:manage',
    prepare: async () => {
      const tag = await createTag();
      return {
        input: form({ tagId: tag.id, name: 'Matrix renamed', slug: tag.slug, description: '' }),
        state: () => db.tag.findUnique({ where: { id: tag.id }, select: { name: true } }),
      };
    },
  },
  mergeTagsAction: {
    may: 'tags:manage',
    prepare: async () => {
      const [from, into] = [await createTag(), await createTag()];
      return { input: form({ from: from.slug, into: into.slug }), state: () => db.tag.count({ where: { id: from.id } }) };
    },
  },
  deleteTagAction: {
    may: 'tags:manage',
    prepare: async () => {
      const tag = await createTag();
      return { input: form({ tagId: tag.id }), state: () => db.tag.count({ where: { id: tag.id } }) };
    },
  },

  // app/admin/redirects/actions.ts
  createRedirectAction: {
    may: 'articles:edit-any',
    prepare: async () => {
      const fromPath = `/matrix/${unique('old-story')}`;
      return { input: form({ fromPath, toPath: '/' }), state: () => db.redirect.count({ where: { fromPath } }) };
    },
  },
  deleteRedirectAction: {
    may: 'articles:edit-any',
    prepare: async () => {
      const redirect = await db.redirect.create({ data: { fromPath: `/matrix/${unique('moved')}`, toPath: '/', kind: 'manual' } });
      return { input: form({ redirectId: redirect.id }), state: () => db.redirect.count({ where: { id: redirect.id } }) };
    },
  },

  // app/admin/homepage/actions.ts
  pinArticleAction: {
    may: 'homepage:curate',
    prepare: async (viewer) => {
      // The lead slot, which always takes a story (featured holds at most six).
      const row = await storyOf(viewer, 'published');
      return { input: form({ articleId: row.id, slot: 'lead', expiresAt: '' }), state: () => db.homepagePin.findUnique({ where: { articleId: row.id } }) };
    },
  },
  unpinArticleAction: {
    may: 'homepage:curate',
    prepare: async (viewer) => {
      const pin = await lastFeaturedPin(viewer);
      return { input: form({ pinId: pin.id }), state: () => db.homepagePin.count({ where: { id: pin.id } }) };
    },
  },
  moveFeaturedPinAction: {
    may: 'homepage:curate',
    prepare: async (viewer) => {
      await lastFeaturedPin(viewer);
      const pin = await lastFeaturedPin(viewer);
      return { input: form({ pinId: pin.id, direction: 'up' }), state: () => db.homepagePin.findUnique({ where: { id: pin.id }, select: { position: true } }) };
    },
  },

  // app/admin/invite/[token]/actions.ts
  acceptInvitationAction: {
    may: 'public',
    prepare: async () => {
      const email = `${unique('joiner')}@it.example`;
      const invited = await createInvitation(viewers.administrator, { email, name: 'New Reporter', role: 'contributor' }, context());
      const token = invited.ok ? new URL(invited.data!.url).pathname.split('/').at(-1)! : '';
      return {
        input: form({ token, name: 'New Reporter', password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
        state: () => db.user.count({ where: { email } }),
      };
    },
  },

  // app/admin/subscribers/actions.ts
  deleteSubscriberAction: {
    may: 'subscribers:manage',
    redirectsTo: /^\/admin\/subscribers\?deleted=1$/,
    prepare: async () => {
      const subscriber = await db.subscriber.create({
        data: { email: `${unique('leaving')}@it.example`, confirmedAt: new Date(), manageKey: randomBytes(32).toString('base64url') },
      });
      return { input: form({ subscriberId: subscriber.id, confirm: 'on' }), state: () => db.subscriber.count({ where: { id: subscriber.id } }) };
    },
  },

  deleteCommenterAction: {
    may: 'subscribers:manage',
    redirectsTo: /^\/admin\/subscribers\?deleted=commenter$/,
    prepare: async (viewer) => {
      const comment = await commentOn(await storyOf(viewer, 'published'), 'approved');
      return { input: form({ commenterId: comment.commenterId, confirm: 'on' }), state: () => db.commenter.count({ where: { id: comment.commenterId } }) };
    },
  },

  // app/admin/comments/actions.ts
  moderateCommentAction: {
    may: 'comments:moderate',
    prepare: async (viewer) => {
      const comment = await commentOn(await storyOf(viewer, 'published'));
      return { input: form({ commentId: comment.id, decision: 'approved' }), state: () => db.comment.findUnique({ where: { id: comment.id }, select: { status: true } }) };
    },
  },
  featureCommentAction: {
    may: 'comments:moderate',
    prepare: async (viewer) => {
      const comment = await commentOn(await storyOf(viewer, 'published'), 'approved');
      return { input: form({ commentId: comment.id, featured: 'on' }), state: () => db.comment.findUnique({ where: { id: comment.id }, select: { featured: true } }) };
    },
  },
  blockCommenterAction: {
    may: 'comments:moderate',
    prepare: async (viewer) => {
      const comment = await commentOn(await storyOf(viewer, 'published'));
      return {
        input: form({ commenterId: comment.commenterId, blocked: 'on' }),
        state: () => db.commenter.findUnique({ where: { id: comment.commenterId }, select: { blockedAt: true } }),
      };
    },
  },
  storyCommentsAction: {
    may: 'comments:moderate',
    prepare: async (viewer) => {
      const row = await storyOf(viewer, 'published');
      return { input: form({ articleId: row.id, closed: 'on' }), state: () => db.article.findUnique({ where: { id: row.id }, select: { commentsClosed: true } }) };
    },
  },

  // app/admin/newsletters/actions.ts
  saveEditionAction: {
    may: 'newsletters:manage',
    prepare: async (viewer) => {
      const edition = await nextMorningEdition();
      const story = await storyOf(viewer, 'published');
      return {
        input: { newsletter: 'morning-edition', day: edition.day, intro: unique('Good morning'), articleIds: [story.id] },
        state: () => db.edition.findUnique({ where: { key: edition.key }, select: { intro: true, articleIds: true } }),
      };
    },
  },
  sendTestEditionAction: {
    may: 'newsletters:manage',
    prepare: async () => {
      const edition = await nextMorningEdition();
      return {
        input: { newsletter: 'morning-edition', day: edition.day, intro: '', articleIds: [] },
        state: () => db.auditEvent.count({ where: { action: 'newsletter.test-sent' } }),
      };
    },
  },

  // app/admin/forgot-password/actions.ts
  requestPasswordResetAction: {
    may: 'public',
    prepare: async () => {
      const user = await createAccount({ email: `${unique('forgetful')}@it.example`, name: 'Forgetful Reporter', role: 'contributor', password: NEW_PASSWORD });
      return { input: form({ email: user.email }), state: () => db.passwordReset.count({ where: { userId: user.id } }) };
    },
  },

  // app/admin/reset-password/[token]/actions.ts
  resetPasswordAction: {
    may: 'public',
    prepare: async () => {
      const user = await createAccount({ email: `${unique('resetting')}@it.example`, name: 'Resetting Reporter', role: 'contributor', password: NEW_PASSWORD });
      const token = randomBytes(32).toString('base64url');
      const tokenHash = createHash('sha256').update(token).digest('hex');
      await db.passwordReset.create({ data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + 3_600_000) } });
      const password = 'harbour-gull-lantern-fog-42';
      return {
        input: form({ token, password, confirmPassword: password }),
        state: async () => (await db.account.findFirstOrThrow({ where: { userId: user.id, providerId: 'credential' } })).password,
      };
    },
  },
};

type Outcome = { result: ActionResult<unknown, unknown> } | { redirectedTo: string };

/** The action's answer, or where it redirected (Next's redirect() throws an error whose digest names the URL). */
async function outcomeOf(call: Promise<ActionResult<unknown, unknown>>): Promise<Outcome> {
  try {
    return { result: await call };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT')) return { redirectedTo: digest.split(';')[2] ?? '' };
    throw error;
  }
}

beforeAll(async () => {
  for (const role of ROLES) viewers[role] = await member(role);
});

// A lead pin and breaking-news banners are site-wide: none of this file's is left for the files that run after it.
afterAll(async () => {
  await db.homepagePin.deleteMany({ where: { article: { section: { name: MATRIX } } } });
  await db.article.updateMany({ where: { section: { name: MATRIX }, breakingUntil: { not: null } }, data: { breakingUntil: null } });
});

describe('the action matrix', () => {
  it('finds the server actions on disk', () => {
    expect(actionFiles.length).toBeGreaterThanOrEqual(3);
    expect(discovered.length).toBeGreaterThan(10);
  });

  it('has a valid input for every server action', () => {
    const missing = discovered.filter((a) => !(a.name in VALID_INPUTS)).map((a) => `${a.name} (${a.file})`);
    expect(missing, `Add an entry to VALID_INPUTS in tests/integration/action-matrix.test.ts for: ${missing.join(', ')}`).toEqual([]);
  });

  it('has no entry for an action that does not exist', () => {
    expect(Object.keys(VALID_INPUTS).filter((name) => !discovered.some((a) => a.name === name))).toEqual([]);
  });

  it('guards every action with the permission the matrix expects', () => {
    const differing = discovered.filter((a) => VALID_INPUTS[a.name] && a.action.permission !== VALID_INPUTS[a.name]!.may);
    expect(differing.map((a) => `${a.name}: ${a.action.permission}`)).toEqual([]);
  });

  it('names every action once, so an entry cannot stand for two', () => {
    const names = discovered.map((a) => a.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });
});

const allowedFor = (caller: Caller, permission: GuardedAction['permission']) =>
  permission === 'public' || (caller !== 'anonymous' && can(caller, permission));

for (const { name, file, action } of discovered) {
  const entry = VALID_INPUTS[name];
  if (!entry) continue;
  describe(`${name} (${file})`, () => {
    for (const caller of CALLERS) {
      const allowed = allowedFor(caller, entry.may);
      it(`${allowed ? 'lets' : 'refuses'} ${caller}`, async () => {
        const viewer = caller === 'anonymous' ? null : viewers[caller];
        // Anonymous callers send what a contributor's form would, without being signed in.
        const prepared = await entry.prepare(viewer ?? viewers.contributor);
        const before = await prepared.state?.();

        const outcome = await outcomeOf(action.run(viewer, prepared.input, context(prepared.headers)));

        if (!allowed) {
          expect(outcome).toEqual({ result: expect.objectContaining({ ok: false, status: caller === 'anonymous' ? 401 : 403 }) });
          expect(await prepared.state?.()).toEqual(before);
          return;
        }
        if (entry.redirectsTo) expect(outcome).toEqual({ redirectedTo: expect.stringMatching(entry.redirectsTo) });
        else expect(outcome).toEqual({ result: expect.objectContaining({ ok: true }) });
        if (prepared.state) expect(await prepared.state()).not.toEqual(before);
      });
    }
  });
}
