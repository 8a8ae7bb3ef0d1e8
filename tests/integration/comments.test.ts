import { randomUUID } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import { getSectionArticles } from '@/lib/articles/queries';
import type { Viewer } from '@/lib/auth/session';
import { commenterRecord, deleteCommenter } from '@/lib/comments/admin';
import { commenterCookieValue } from '@/lib/comments/cookie';
import { featureComment, moderateComment, setCommenterBlocked, setStoryComments } from '@/lib/comments/moderate';
import {
  COMMENT_BLOCKED,
  COMMENT_SPAM,
  COMMENT_TOO_FAST,
  COMMENTS_CLOSED,
  COMMENTS_PER_ADDRESS,
  COMMENTS_PER_COMMENTER,
  confirmCommenter,
  postComment,
  purgeOldCommentData,
} from '@/lib/comments/post';
import { getCommentThread } from '@/lib/comments/queries';
import { COMMENT_MESSAGES, commentSchema } from '@/lib/comments/schemas';
import { db } from '@/lib/db/client';
import { createAccount } from '@/lib/users/accounts';
import { smtpForThisFile } from '../support/smtp';
import { createArticle, createSection } from './factories';

// Comments against the real database and a real SMTP server started here: an address is confirmed once by an
// e-mailed link, a newcomer's comment waits for a moderator, a trusted commenter's is published at once, and every
// refusal says why and changes nothing.

const smtp = smtpForThisFile();
let addresses = 0;
const runPrefix = `2001:db8:${randomUUID().slice(0, 4)}`;
/** A request from a client address of its own (the per-address limit is tested on purpose, below). */
const from = () => ({ ip: `${runPrefix}:${(++addresses).toString(16)}::1`, userAgent: 'vitest' });
const reader = () => `commenter-${randomUUID().slice(0, 8)}@it.example`;
const tokenIn = (mail: ParsedMail) => /\/comments\/confirm\/([\w-]+)/.exec(mail.text ?? '')![1]!;
const context = { request: { ip: '203.0.113.9', userAgent: 'vitest' } };
let editor: Viewer;

type Post = { article: string; email: string; body?: string; parent?: string; website?: string; name?: string };
const input = (post: Post) => commentSchema.parse({ name: 'Harbour Watcher', body: 'The ferry was late again.', parent: '', website: '', ...post });
const post = (p: Post, options: { cookie?: string | null; request?: ReturnType<typeof from> } = {}) => postComment(input(p), options.request ?? from(), options.cookie ?? null);

async function story(options: { publishedDaysAgo?: number; commentsEnabled?: boolean } = {}) {
  const section = await createSection('Comments test');
  if (options.commentsEnabled === false) await db.section.update({ where: { id: section.id }, data: { commentsEnabled: false } });
  return createArticle({ sectionId: section.id, publishedAt: new Date(Date.now() - (options.publishedDaysAgo ?? 0.05) * 86_400_000) });
}

/** A commenter who has confirmed their address (through the link), and the cookie the link set. */
async function confirmedCommenter(articleId: string) {
  const email = reader();
  await post({ article: articleId, email });
  const confirmed = await confirmCommenter(tokenIn(smtp.to(email)[0]!));
  if (!confirmed.ok) throw new Error(confirmed.message);
  return { email, cookie: commenterCookieValue(confirmed.commenterId), commenterId: confirmed.commenterId };
}

const visibleBodies = async (slug: string, order: 'oldest' | 'newest' = 'oldest') => (await getCommentThread(slug, order))!.comments.map((c) => c.body);
const rowCounts = async (email: string) => ({
  commenters: await db.commenter.count({ where: { email } }),
  comments: await db.comment.count({ where: { commenter: { email } } }),
  links: await db.commentConfirmation.count({ where: { commenter: { email } } }),
  mails: smtp.to(email).length,
});

beforeAll(async () => {
  const user = await createAccount({ email: `moderator-${randomUUID().slice(0, 8)}@it.example`, name: 'Moderator', role: 'editor', password: 'lantern-gull-fog-harbour-9' });
  editor = { userId: user.id, sessionId: 'it', name: user.name, email: user.email, role: 'editor', authorId: user.authorId };
});

describe('confirming a commenter’s address', () => {
  it('holds the comment, e-mails a link, and the link confirms once', async () => {
    const article = await story();
    const email = reader();
    expect(await post({ article: article.id, email })).toMatchObject({ ok: true, code: 'inbox' });
    expect(await db.comment.findMany({ where: { commenter: { email } }, select: { status: true } })).toEqual([{ status: 'unconfirmed' }]);
    const [mail] = smtp.to(email);
    expect(mail?.subject).toMatch(/^Confirm your address to comment on /);
    // The comment is not quoted: anyone can type any address, and the site does not carry their text to it.
    expect(mail?.text).not.toContain('The ferry was late again.');

    const token = tokenIn(mail!);
    expect(await confirmCommenter(token)).toMatchObject({ ok: true, code: 'waiting', storyPath: expect.stringContaining(article.slug) });
    expect((await db.commenter.findUniqueOrThrow({ where: { email } })).confirmedAt).not.toBeNull();
    expect(await db.comment.findMany({ where: { commenter: { email } }, select: { status: true } })).toEqual([{ status: 'pending' }]);
    expect(await confirmCommenter(token)).toMatchObject({ ok: false, status: 410, code: 'link' });
  });

  it('refuses an expired link and confirms nothing', async () => {
    const article = await story();
    const email = reader();
    await post({ article: article.id, email });
    await db.commentConfirmation.updateMany({ where: { commenter: { email } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await confirmCommenter(tokenIn(smtp.to(email)[0]!))).toMatchObject({ ok: false, code: 'link' });
    expect((await db.commenter.findUniqueOrThrow({ where: { email } })).confirmedAt).toBeNull();
  });

  it('asks for a link again from a browser without the cookie, even for a confirmed address', async () => {
    const article = await story();
    const { email } = await confirmedCommenter(article.id);
    expect(await post({ article: article.id, email, body: 'From another browser.' })).toMatchObject({ ok: true, code: 'inbox' });
    expect(await post({ article: article.id, email, body: 'With a forged cookie.' }, { cookie: 'forged.value' })).toMatchObject({ code: 'inbox' });
    expect(smtp.to(email)).toHaveLength(3);
  });
});

describe('a comment posted under someone else’s address', () => {
  it('is not published when the address’s trusted owner confirms a link of their own: it waits for a moderator', async () => {
    const article = await story();
    const owner = await confirmedCommenter(article.id);
    const [first] = await db.comment.findMany({ where: { commenter: { email: owner.email } }, select: { id: true } });
    await moderateComment(editor, { commentId: first!.id, decision: 'approved' }, context);

    // Someone else types the owner's address; later the owner posts from a new browser and uses that post's link.
    await post({ article: article.id, email: owner.email, body: 'Words the owner never wrote.' });
    await post({ article: article.id, email: owner.email, body: 'The owner’s own words.' });
    const ownLink = smtp.to(owner.email).at(-1)!;
    expect(await confirmCommenter(tokenIn(ownLink))).toMatchObject({ ok: true, code: 'published' });
    const statuses = Object.fromEntries(
      (await db.comment.findMany({ where: { commenter: { email: owner.email } }, select: { body: true, status: true } })).map((c) => [c.body, c.status]),
    );
    expect(statuses['The owner’s own words.']).toBe('approved');
    expect(statuses['Words the owner never wrote.']).toBe('pending');
  });
});

describe('a commenter’s data request', () => {
  it('hands an administrator everything kept about the address, then deletes it with its comments, audited', async () => {
    const article = await story();
    const { email, commenterId } = await confirmedCommenter(article.id);
    const comment = await db.comment.findFirstOrThrow({ where: { commenterId } });
    await moderateComment(editor, { commentId: comment.id, decision: 'approved' }, context);
    const user = await createAccount({ email: `data-admin-${randomUUID().slice(0, 8)}@it.example`, name: 'Data Admin', role: 'administrator', password: 'lantern-gull-fog-harbour-9' });
    const admin: Viewer = { userId: user.id, sessionId: 'it', name: user.name, email: user.email, role: 'administrator', authorId: null };

    expect(await commenterRecord(editor, commenterId, context)).toBeNull(); // editors do not answer data requests
    const record = await commenterRecord(admin, commenterId, context);
    expect(record).toMatchObject({ email, nameShown: 'Harbour Watcher', comments: [{ story: article.headline, status: 'approved', text: 'The ferry was late again.' }] });

    expect(await deleteCommenter(admin, commenterId, context)).toMatchObject({ ok: true });
    expect(await db.commenter.count({ where: { email } })).toBe(0);
    expect(await db.comment.count({ where: { commenterId } })).toBe(0);
    expect(await visibleBodies(article.slug)).toEqual([]);
    expect((await db.commentCount.findUniqueOrThrow({ where: { articleId: article.id } })).approved).toBe(0);
    const audit = await db.auditEvent.findMany({ where: { targetId: commenterId }, orderBy: { createdAt: 'asc' }, select: { action: true, summary: true } });
    expect(audit.map((a) => a.action)).toEqual(['commenter.exported', 'commenter.deleted']);
    expect(JSON.stringify(audit)).not.toContain(email);
  });
});

describe('moderation', () => {
  it('holds a first comment for a moderator; once approved it is on the story, and the next is published at once', async () => {
    const article = await story();
    const { email, cookie } = await confirmedCommenter(article.id);
    expect(await visibleBodies(article.slug)).toEqual([]);
    const first = await db.comment.findFirstOrThrow({ where: { commenter: { email } } });

    expect(await moderateComment(editor, { commentId: first.id, decision: 'approved' }, context)).toMatchObject({ ok: true });
    expect(await visibleBodies(article.slug)).toEqual(['The ferry was late again.']);

    expect(await post({ article: article.id, email, body: 'And again on Tuesday.' }, { cookie })).toMatchObject({ ok: true, code: 'published' });
    expect(await visibleBodies(article.slug)).toEqual(['The ferry was late again.', 'And again on Tuesday.']);
    expect(await visibleBodies(article.slug, 'newest')).toEqual(['And again on Tuesday.', 'The ferry was late again.']);
    expect((await getCommentThread(article.slug))!.count).toBe(2);
  });

  it('shows each comment under the name it was posted with: a later name does not rename what was approved', async () => {
    const article = await story();
    const { email, cookie } = await confirmedCommenter(article.id);
    const first = await db.comment.findFirstOrThrow({ where: { commenter: { email } } });
    await moderateComment(editor, { commentId: first.id, decision: 'approved' }, context);
    await post({ article: article.id, email, name: 'Someone Else Entirely', body: 'Under a new name.' }, { cookie });
    const names = (await getCommentThread(article.slug))!.comments.map((c) => c.name);
    expect(names).toEqual(['Harbour Watcher', 'Someone Else Entirely']);
  });

  it('keeps the count of a story’s published comments, which its cards show', async () => {
    const article = await story();
    const section = await db.section.findUniqueOrThrow({ where: { id: article.sectionId } });
    const cardOf = async () => (await getSectionArticles(section.slug, 1)).items.find((card) => card.id === article.id)!;
    expect((await cardOf()).comments).toBe(0);
    const { email } = await confirmedCommenter(article.id);
    const comment = await db.comment.findFirstOrThrow({ where: { commenter: { email } } });
    expect((await cardOf()).comments).toBe(0); // waiting for a moderator
    await moderateComment(editor, { commentId: comment.id, decision: 'approved' }, context);
    expect((await cardOf()).comments).toBe(1);
    await moderateComment(editor, { commentId: comment.id, decision: 'rejected' }, context);
    expect((await cardOf()).comments).toBe(0);
  });

  it('a second comment from a confirmed newcomer also waits; rejecting and spam keep them off the story', async () => {
    const article = await story();
    const { email, cookie } = await confirmedCommenter(article.id);
    expect(await post({ article: article.id, email, body: 'Second thought.' }, { cookie })).toMatchObject({ ok: true, code: 'waiting' });
    const [one, two] = await db.comment.findMany({ where: { commenter: { email } }, orderBy: { createdAt: 'asc' } });
    await moderateComment(editor, { commentId: one!.id, decision: 'rejected' }, context);
    await moderateComment(editor, { commentId: two!.id, decision: 'spam' }, context);
    expect(await visibleBodies(article.slug)).toEqual([]);
    expect((await db.commenter.findUniqueOrThrow({ where: { email } })).trustedAt).toBeNull();
  });

  it('shows a featured comment first, marked', async () => {
    const article = await story();
    const a = await confirmedCommenter(article.id);
    const b = await confirmedCommenter(article.id);
    const [first, second] = await db.comment.findMany({ where: { articleId: article.id }, orderBy: { createdAt: 'asc' } });
    await db.comment.update({ where: { id: second!.id }, data: { body: 'The second word.' } });
    for (const c of [first!, second!]) await moderateComment(editor, { commentId: c.id, decision: 'approved' }, context);
    expect(await featureComment(editor, { commentId: second!.id, featured: true }, context)).toMatchObject({ ok: true });
    const thread = (await getCommentThread(article.slug))!;
    expect(thread.comments.map((c) => [c.body, c.featured])).toEqual([
      ['The second word.', true],
      ['The ferry was late again.', false],
    ]);
    expect([a.email, b.email]).toHaveLength(2);
  });

  it('refuses a blocked address with a clear message, and changes nothing', async () => {
    const article = await story();
    const { email, cookie, commenterId } = await confirmedCommenter(article.id);
    await setCommenterBlocked(editor, { commenterId, blocked: true }, context);
    // The comment waiting from before the block is rejected with it.
    expect(await db.comment.findMany({ where: { commenterId }, select: { status: true } })).toEqual([{ status: 'rejected' }]);
    const before = await rowCounts(email);
    expect(await post({ article: article.id, email, body: 'Let me back in.' }, { cookie })).toMatchObject({ ok: false, code: 'blocked', message: COMMENT_BLOCKED });
    expect(await post({ article: article.id, email, body: 'Without the cookie.' })).toMatchObject({ ok: false, message: COMMENT_BLOCKED });
    expect(await rowCounts(email)).toEqual(before);
  });
});

describe('bots and floods', () => {
  it('refuses a post with the honeypot filled, says so, and changes nothing', async () => {
    const article = await story();
    const email = reader();
    expect(await post({ article: article.id, email, website: 'https://spam.example' })).toMatchObject({ ok: false, code: 'spam', message: COMMENT_SPAM });
    expect(await rowCounts(email)).toEqual({ commenters: 0, comments: 0, links: 0, mails: 0 });
  });

  it(`refuses the ${COMMENTS_PER_ADDRESS + 1}th comment from one client address within ten minutes`, async () => {
    const article = await story();
    const request = from();
    for (let i = 0; i < COMMENTS_PER_ADDRESS; i++) expect(await post({ article: article.id, email: reader() }, { request })).toMatchObject({ ok: true });
    const email = reader();
    expect(await post({ article: article.id, email }, { request })).toMatchObject({ ok: false, status: 429, code: 'busy', message: COMMENT_TOO_FAST });
    expect(await rowCounts(email)).toEqual({ commenters: 0, comments: 0, links: 0, mails: 0 });
  });

  it(`refuses the ${COMMENTS_PER_COMMENTER + 1}th comment from one commenter, from any address`, async () => {
    const article = await story();
    const { email, cookie } = await confirmedCommenter(article.id);
    for (let i = 1; i < COMMENTS_PER_COMMENTER; i++) expect(await post({ article: article.id, email, body: `Comment ${i}` }, { cookie })).toMatchObject({ ok: true });
    const before = await rowCounts(email);
    expect(await post({ article: article.id, email, body: 'One too many.' }, { cookie })).toMatchObject({ ok: false, code: 'busy', message: COMMENT_TOO_FAST });
    expect(await rowCounts(email)).toEqual(before);
  });
});

describe('when a story takes comments', () => {
  it('refuses comments in a section that has them off', async () => {
    const article = await story({ commentsEnabled: false });
    const email = reader();
    expect(await post({ article: article.id, email })).toMatchObject({ ok: false, code: 'closed', message: COMMENTS_CLOSED });
    expect(await rowCounts(email)).toEqual({ commenters: 0, comments: 0, links: 0, mails: 0 });
    expect(await getCommentThread(article.slug)).toMatchObject({ open: false, closedBecause: 'section' });
  });

  it('refuses comments on a story an editor closed, and takes them again once reopened', async () => {
    const article = await story();
    await setStoryComments(editor, { articleId: article.id, closed: true }, context);
    expect(await post({ article: article.id, email: reader() })).toMatchObject({ ok: false, code: 'closed' });
    await setStoryComments(editor, { articleId: article.id, closed: false }, context);
    expect(await post({ article: article.id, email: reader() })).toMatchObject({ ok: true });
  });

  it('closes comments 14 days after publication (the default)', async () => {
    const old = await story({ publishedDaysAgo: 14.01 });
    const recent = await story({ publishedDaysAgo: 13.9 });
    expect(await post({ article: old.id, email: reader() })).toMatchObject({ ok: false, code: 'closed', message: COMMENTS_CLOSED });
    expect(await getCommentThread(old.slug)).toMatchObject({ open: false, closedBecause: 'age' });
    expect(await post({ article: recent.id, email: reader() })).toMatchObject({ ok: true });
  });

  it('refuses a comment on a story readers cannot see', async () => {
    const section = await createSection('Comments test');
    const draft = await createArticle({ sectionId: section.id, status: 'draft', publishedAt: null });
    expect(await post({ article: draft.id, email: reader() })).toMatchObject({ ok: false, code: 'story' });
  });
});

describe('what a comment may be', () => {
  it('takes 2,000 characters of text and refuses 2,001', () => {
    const base = { article: 'a', name: 'Harbour Watcher', email: 'a@it.example' };
    expect(commentSchema.safeParse({ ...base, body: 'x'.repeat(2000) }).success).toBe(true);
    const refused = commentSchema.safeParse({ ...base, body: 'x'.repeat(2001) });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe(COMMENT_MESSAGES.tooLong);
    // A browser's CRLF line endings count once, as the textarea counted them.
    expect(commentSchema.safeParse({ ...base, body: `${'x'.repeat(999)}\r\n${'x'.repeat(1000)}` }).success).toBe(true);
  });

  it('nests replies one level deep: a reply to a reply, or to a comment not published, is refused', async () => {
    const article = await story();
    const { email, cookie } = await confirmedCommenter(article.id);
    const top = await db.comment.findFirstOrThrow({ where: { commenter: { email } } });
    expect(await post({ article: article.id, email, parent: top.id }, { cookie })).toMatchObject({ ok: false, code: 'reply' });
    await moderateComment(editor, { commentId: top.id, decision: 'approved' }, context);
    const reply = await post({ article: article.id, email, parent: top.id, body: 'A reply.' }, { cookie });
    expect(reply).toMatchObject({ ok: true, code: 'published' });
    const replyId = reply.ok ? reply.commentId! : '';
    expect(await post({ article: article.id, email, parent: replyId, body: 'A reply to a reply.' }, { cookie })).toMatchObject({ ok: false, code: 'reply' });
    const thread = (await getCommentThread(article.slug))!;
    expect(thread.comments.map((c) => [c.body, c.replies.map((r) => r.body)])).toEqual([['The ferry was late again.', ['A reply.']]]);
  });
});

describe('house-keeping', () => {
  it('forgets held comments and addresses never confirmed after a week', async () => {
    const article = await story();
    const email = reader();
    await post({ article: article.id, email });
    await purgeOldCommentData(new Date(Date.now() + 8 * 86_400_000));
    expect(await rowCounts(email)).toMatchObject({ commenters: 0, comments: 0, links: 0 });
  });
});
