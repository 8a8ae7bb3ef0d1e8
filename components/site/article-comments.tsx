import { isBuildPhase } from '@/lib/build-phase';
import { getCommentThread, type CommentView } from '@/lib/comments/queries';
import type { CommentOrder } from '@/lib/comments/schemas';
import { CommentForm } from './comment-form';
import { CommentText } from './comment-text';
import { DateText } from './date-text';

const CLOSED = {
  section: 'Comments are off in this section.',
  story: 'Comments are closed on this story.',
  age: 'Comments are closed on this story: they close some days after it is published.',
} as const;

/** Where each order is: the story's own address (oldest first), and one more cached page (newest first). */
export const commentOrderPath = (storyPath: string, order: CommentOrder) => (order === 'newest' ? `${storyPath}/comments/newest` : storyPath);

function Comment({ comment, open, reply }: { comment: CommentView; open: boolean; reply?: boolean }) {
  return (
    <li id={`comment-${comment.id}`} className="comment">
      <p className="comment-meta">
        <b>{comment.name}</b> · <DateText date={comment.publishedAt} format="dateTime" />
        {comment.featured && <span className="comment-pick"> Editors&rsquo; pick</span>}
      </p>
      <CommentText body={comment.body} />
      {!reply && open && (
        <a href={`/comments/reply/${comment.id}`} className="text-sm underline" aria-label={`Reply to ${comment.name}`}>
          Reply
        </a>
      )}
      {comment.replies.length > 0 && (
        <ol className="comment-replies" aria-label={`Replies to ${comment.name}`}>
          {comment.replies.map((r) => (
            <Comment key={r.id} comment={r} open={false} reply />
          ))}
        </ol>
      )}
    </li>
  );
}

/**
 * Readers' comments under a story: server HTML, cached with the article (its tag) and the same for every reader.
 * Featured ones first, then oldest (the story's address) or newest first (its /comments/newest page); replies one
 * level deep, under the comment they answer. The form, and a reply link per comment, while comments are open.
 */
export async function ArticleComments({ slug, storyPath, order = 'oldest' }: { slug: string; storyPath: string; order?: CommentOrder }) {
  const thread = isBuildPhase() ? null : await getCommentThread(slug, order);
  if (!thread || (!thread.open && thread.count === 0 && thread.closedBecause === 'section')) return null;
  return (
    <section id="comments" aria-labelledby="comments-title" className="comments">
      <h2 id="comments-title">
        Comments{thread.count > 0 ? ` (${thread.count})` : ''}
      </h2>
      {thread.count > 1 && (
        <p className="text-sm">
          {order === 'oldest' ? <b>Oldest first</b> : <a href={`${storyPath}#comments`}>Oldest first</a>}
          {' · '}
          {order === 'newest' ? <b>Newest first</b> : <a href={`${commentOrderPath(storyPath, 'newest')}#comments`}>Newest first</a>}
        </p>
      )}
      {thread.comments.length > 0 && (
        <ol className="comment-list">
          {thread.comments.map((c) => (
            <Comment key={c.id} comment={c} open={thread.open} />
          ))}
        </ol>
      )}
      {thread.open ? (
        <CommentForm articleId={thread.articleId} />
      ) : (
        <p className="mt-3 text-muted">{CLOSED[thread.closedBecause ?? 'story']}</p>
      )}
    </section>
  );
}
