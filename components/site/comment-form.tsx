import Link from 'next/link';
import { COMMENT_MAX, DISPLAY_NAME_MAX } from '@/lib/comments/schemas';

/**
 * The comment form: a plain HTML form posting to /comments/post, the same for every reader, so the article page it
 * is on stays one cached page (who is commenting is the route handler's business, from a cookie only it receives).
 * It works without JavaScript. "website" is the honeypot (off screen, out of the tab order), as on the sign-up form.
 * Every article carries it, and each byte is sent twice (HTML and React's payload): its look is in globals.css
 * (.comment-form), not in class names on each element.
 */
export function CommentForm({ articleId, parentId, label = 'Post comment' }: { articleId: string; parentId?: string; label?: string }) {
  return (
    <form method="post" action="/comments/post" aria-label={parentId ? 'Your reply' : 'Your comment'} className="comment-form">
      <input type="hidden" name="article" value={articleId} />
      {parentId && <input type="hidden" name="parent" value={parentId} />}
      <input name="website" tabIndex={-1} autoComplete="off" aria-hidden="true" className="hp" />
      <label>
        Your name, as shown
        <input name="name" required maxLength={DISPLAY_NAME_MAX} autoComplete="nickname" />
      </label>
      <label>
        Your email address (never shown)
        <input name="email" type="email" required autoComplete="email" />
      </label>
      <label>
        {parentId ? 'Your reply' : 'Your comment'}
        <textarea name="body" required maxLength={COMMENT_MAX} rows={4} />
      </label>
      <button>{label}</button>
      <p>
        Up to 2,000 characters. A newcomer confirms their address by e-mail, and a moderator reads their first comment.{' '}
        <Link href="/privacy#comments" prefetch={false}>
          Privacy
        </Link>
      </p>
    </form>
  );
}
