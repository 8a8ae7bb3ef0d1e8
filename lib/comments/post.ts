// A reader comments: the form under every story posts here through /comments/post. The page itself is the same for
// everyone (cached), so who is commenting is decided here, from the commenter's cookie (./cookie.ts): a confirmed
// address's comment is filed at once (published for a trusted commenter, else it waits for a moderator); any other
// is held, and a link to confirm the address is e-mailed. Using the link confirms the address, sets the cookie and
// files every comment the address had waiting.
import { hashLinkToken, newLinkToken } from '@/lib/auth/link-tokens';
import { withinLimit } from '@/lib/auth/throttle';
import { visibleToReaders } from '@/lib/articles/visibility';
import { expireTagsNow } from '@/lib/cache/tag-clock';
import { recountComments } from './count';
import { cacheTags } from '@/lib/cache/tags';
import { siteConfig } from '@/lib/config/site';
import { db } from '@/lib/db/client';
import type { RequestMeta } from '@/lib/http/request-meta';
import { clientKey } from '@/lib/http/request-meta';
import { linkMail } from '@/lib/mail/link-mail';
import { sendMail } from '@/lib/mail/transport';
import { paths } from '@/lib/routes';
import { commenterFromCookie } from './cookie';
import { commentsState } from './rules';
import type { CommentInput } from './schemas';

export const CONFIRM_HOURS = 48;
/** Comments from one client address (an IPv6 client by its /64) in RATE_WINDOW_SECONDS. */
export const COMMENTS_PER_ADDRESS = 10;
/** Comments from one e-mail address in RATE_WINDOW_SECONDS. */
export const COMMENTS_PER_COMMENTER = 5;
export const RATE_WINDOW_SECONDS = 10 * 60;
/** Confirmation links e-mailed to one address a day; later held comments wait for one of those links. */
export const LINKS_PER_EMAIL = 3;

export const COMMENT_WAITING = 'Thank you. Your comment is waiting for a moderator; it will appear under the story once approved.';
export const COMMENT_PUBLISHED = 'Thank you. Your comment is published.';
export const COMMENT_CHECK_INBOX =
  'Check your inbox: we have e-mailed you a link to confirm your address. Your comment is kept until you use it (for 48 hours). An address gets at most three links a day: if none arrives, use an earlier one or try again tomorrow.';
export const COMMENTS_CLOSED = 'Comments are closed on this story.';
export const COMMENT_TOO_FAST = 'You are posting too fast. Please wait a few minutes and try again.';
export const COMMENT_BLOCKED = 'This address cannot comment on this site.';
export const COMMENT_SPAM = 'Your comment was not posted: it looked like automated spam.';
export const COMMENT_NO_STORY = 'That story does not take comments.';
export const COMMENT_BAD_REPLY = 'You can reply only to a published comment that is not itself a reply.';
export const CONFIRM_INVALID = 'This link is not valid: it may have expired or been used already. Post your comment again to get a new one.';
export const CONFIRMED_NOTHING_HELD = 'Your address is confirmed: you can comment from this browser now.';

/** What became of a post or a confirmation; `code` goes into the address of the page that says so. */
export type CommentOutcome = 'published' | 'waiting' | 'inbox' | 'confirmed';
export type CommentRefusal = 'closed' | 'busy' | 'blocked' | 'spam' | 'story' | 'reply' | 'link';
export type PostResult =
  | { ok: true; code: CommentOutcome; message: string; storyPath: string; commentId?: string }
  | { ok: false; status: number; code: CommentRefusal; message: string; storyPath?: string };

const refuse = (status: number, code: CommentRefusal, message: string, storyPath?: string): PostResult => ({ ok: false, status, code, message, ...(storyPath ? { storyPath } : {}) });

export const confirmUrl = (token: string) => `${siteConfig().url}/comments/confirm/${token}`;

// The comment itself is not quoted: anyone can type any address, and the site must not carry their text to it.
function confirmationMail(to: string, story: string, url: string) {
  const site = siteConfig();
  const lines = [
    `Please confirm your address to post your comment on “${story}” at ${site.name}:`,
    url,
    `The link works for ${CONFIRM_HOURS} hours, once. Using it also lets this browser comment without another e-mail. If you did not write this, ignore this e-mail: nothing is published.`,
  ];
  return linkMail(to, `Confirm your address to comment on ${site.name}`, lines, { url, label: 'Confirm my address' });
}

/** The story a comment is for, while readers can see it; null otherwise. */
async function storyFor(articleId: string, now: Date) {
  if (!articleId) return null;
  return db.article.findFirst({
    where: { id: articleId, ...visibleToReaders(now) },
    select: { id: true, slug: true, headline: true, publishedAt: true, commentsClosed: true, section: { select: { slug: true, commentsEnabled: true } } },
  });
}

/**
 * Files a reader's comment, or holds it and e-mails a link, or refuses it with a message: the honeypot, a story that
 * does not take comments, a reply to anything but a published top-level comment, too many posts from the client or
 * the address, a blocked address. A refusal changes nothing.
 */
export async function postComment(input: CommentInput, request: RequestMeta, cookie: string | null, now = new Date()): Promise<PostResult> {
  const story = await storyFor(input.article, now);
  if (!story) return refuse(404, 'story', COMMENT_NO_STORY);
  const storyPath = paths.article(story.section.slug, story.slug);
  // A bot that fills every field.
  if (input.website) return refuse(400, 'spam', COMMENT_SPAM, storyPath);
  if (!commentsState(story, now).open) return refuse(403, 'closed', COMMENTS_CLOSED, storyPath);
  if (input.parent) {
    const parent = await db.comment.findFirst({ where: { id: input.parent, articleId: story.id, parentId: null, status: 'approved' }, select: { id: true } });
    if (!parent) return refuse(400, 'reply', COMMENT_BAD_REPLY, storyPath);
  }
  const known = await db.commenter.findUnique({ where: { email: input.email }, select: { id: true, confirmedAt: true, trustedAt: true, blockedAt: true, displayName: true } });
  if (known?.blockedAt) return refuse(403, 'blocked', COMMENT_BLOCKED, storyPath);
  if (request.ip && !(await withinLimit('comment-address', COMMENTS_PER_ADDRESS, RATE_WINDOW_SECONDS, clientKey(request.ip)))) {
    return refuse(429, 'busy', COMMENT_TOO_FAST, storyPath);
  }
  if (!(await withinLimit('comment-email', COMMENTS_PER_COMMENTER, RATE_WINDOW_SECONDS, hashLinkToken(input.email)))) {
    return refuse(429, 'busy', COMMENT_TOO_FAST, storyPath);
  }
  const fields = { articleId: story.id, parentId: input.parent || null, body: input.body, displayName: input.name };

  // The browser proves the address: it holds the cookie the confirmation link set for this very commenter.
  if (known?.confirmedAt && commenterFromCookie(cookie) === known.id) {
    const publish = known.trustedAt !== null;
    const comment = await db.comment.create({
      data: { ...fields, commenterId: known.id, status: publish ? 'approved' : 'pending', publishedAt: publish ? now : null, changedAt: now },
      select: { id: true },
    });
    if (known.displayName !== input.name) await db.commenter.update({ where: { id: known.id }, data: { displayName: input.name } });
    if (publish) {
      await recountComments(story.id);
      await expireTagsNow([cacheTags.article(story.slug)]);
    }
    return publish
      ? { ok: true, code: 'published', message: COMMENT_PUBLISHED, storyPath, commentId: comment.id }
      : { ok: true, code: 'waiting', message: COMMENT_WAITING, storyPath, commentId: comment.id };
  }

  // Anyone may type an address: the comment is held until its owner uses the link, and an unconfirmed claim never
  // renames a commenter who has confirmed.
  const commenter = known ?? (await db.commenter.upsert({ where: { email: input.email }, create: { email: input.email, displayName: input.name }, update: {}, select: { id: true } }));
  if (!known?.confirmedAt) await db.commenter.update({ where: { id: commenter.id }, data: { displayName: input.name } });
  const comment = await db.comment.create({ data: { ...fields, commenterId: commenter.id, status: 'unconfirmed', changedAt: now }, select: { id: true } });
  if (await withinLimit('comment-link', LINKS_PER_EMAIL, 86_400, hashLinkToken(input.email))) {
    const token = newLinkToken();
    await db.commentConfirmation.create({
      data: {
        commenterId: commenter.id,
        tokenHash: hashLinkToken(token),
        articleId: story.id,
        commentId: comment.id,
        expiresAt: new Date(now.getTime() + CONFIRM_HOURS * 3_600_000),
      },
    });
    await sendMail(confirmationMail(input.email, story.headline, confirmUrl(token)));
  }
  return { ok: true, code: 'inbox', message: COMMENT_CHECK_INBOX, storyPath, commentId: comment.id };
}

/** The confirmation a link is for, while unused and unexpired; null otherwise. */
export async function findOpenConfirmation(token: string, now = new Date()) {
  const row = await db.commentConfirmation.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { id: true, usedAt: true, expiresAt: true, commenter: { select: { email: true, blockedAt: true } } },
  });
  if (!row || row.usedAt || row.expiresAt <= now) return null;
  return row;
}

export type ConfirmResult = (PostResult & { ok: false }) | { ok: true; code: CommentOutcome; message: string; storyPath: string; commenterId: string };

/**
 * The reader used the link: the address is confirmed (once: a second use is refused), and every comment it had
 * waiting is filed. The comment the link was sent for is published when the commenter is trusted, else goes into
 * moderation; any other held for the address goes into moderation, since anyone may have typed it.
 */
export async function confirmCommenter(token: string, now = new Date()): Promise<ConfirmResult> {
  const row = await db.commentConfirmation.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { id: true, articleId: true, commentId: true, commenter: { select: { id: true, trustedAt: true, blockedAt: true } } },
  });
  if (!row) return { ok: false, status: 410, code: 'link', message: CONFIRM_INVALID };
  const claimed = await db.commentConfirmation.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  if (claimed.count === 0) return { ok: false, status: 410, code: 'link', message: CONFIRM_INVALID };
  const { commenter } = row;
  if (commenter.blockedAt) return { ok: false, status: 403, code: 'blocked', message: COMMENT_BLOCKED };
  const held = await db.comment.findMany({ where: { commenterId: commenter.id, status: 'unconfirmed' }, select: { id: true, articleId: true, article: { select: { slug: true } } } });
  const own = held.find((c) => c.id === row.commentId);
  const publish = commenter.trustedAt !== null && own !== undefined;
  await db.$transaction([
    db.commenter.updateMany({ where: { id: commenter.id, confirmedAt: null }, data: { confirmedAt: now } }),
    db.comment.updateMany({ where: { id: { in: held.map((c) => c.id) }, status: 'unconfirmed' }, data: { status: 'pending', changedAt: now } }),
    ...(publish ? [db.comment.updateMany({ where: { id: own.id, status: 'pending' }, data: { status: 'approved', publishedAt: now, changedAt: now } })] : []),
  ]);
  if (publish) {
    await recountComments(own.articleId);
    await expireTagsNow([cacheTags.article(own.article.slug)]);
  }
  const story = row.articleId
    ? await db.article.findUnique({ where: { id: row.articleId }, select: { slug: true, section: { select: { slug: true } } } })
    : null;
  const storyPath = story ? paths.article(story.section.slug, story.slug) : '/';
  if (held.length === 0) return { ok: true, code: 'confirmed', message: CONFIRMED_NOTHING_HELD, storyPath, commenterId: commenter.id };
  return publish
    ? { ok: true, code: 'published', message: COMMENT_PUBLISHED, storyPath, commenterId: commenter.id }
    : { ok: true, code: 'waiting', message: COMMENT_WAITING, storyPath, commenterId: commenter.id };
}

/** What each outcome's page says (the result page reads the code from its address). */
export const RESULT_MESSAGES: Record<CommentOutcome | CommentRefusal, string> = {
  published: COMMENT_PUBLISHED,
  waiting: COMMENT_WAITING,
  inbox: COMMENT_CHECK_INBOX,
  confirmed: CONFIRMED_NOTHING_HELD,
  closed: COMMENTS_CLOSED,
  busy: COMMENT_TOO_FAST,
  blocked: COMMENT_BLOCKED,
  spam: COMMENT_SPAM,
  story: COMMENT_NO_STORY,
  reply: COMMENT_BAD_REPLY,
  link: CONFIRM_INVALID,
};

const DAY_MS = 86_400_000;

/**
 * House-keeping: links two days past their expiry; comments never confirmed, after a week; rejected and spam
 * comments after 30 days; addresses never confirmed that have nothing left, after a week (blocked ones are kept).
 */
export async function purgeOldCommentData(now = new Date()): Promise<number> {
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const results = await db.$transaction([
    db.commentConfirmation.deleteMany({ where: { expiresAt: { lt: ago(2) } } }),
    db.comment.deleteMany({ where: { status: 'unconfirmed', createdAt: { lt: ago(7) } } }),
    db.comment.deleteMany({ where: { status: { in: ['rejected', 'spam'] }, changedAt: { lt: ago(30) } } }),
    db.commenter.deleteMany({ where: { confirmedAt: null, blockedAt: null, createdAt: { lt: ago(7) }, comments: { none: {} } } }),
  ]);
  return results.reduce((sum, r) => sum + r.count, 0);
}
