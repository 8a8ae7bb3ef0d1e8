import { blockCommenterAction, featureCommentAction, moderateCommentAction } from '@/app/admin/comments/actions';
import { ActionForm } from '@/components/admin/action-form.client';
import { siteConfig } from '@/lib/config/site';
import { formatDateTime } from '@/lib/dates/format';
import type { ModerationRow } from '@/lib/comments/moderate';

const DECISIONS = [
  { decision: 'approved', label: 'Approve' },
  { decision: 'rejected', label: 'Reject' },
  { decision: 'spam', label: 'Spam' },
] as const;

/** One comment in the moderation list: who, where, the text (as text), and the decisions a moderator can take. */
export function CommentRow({ comment }: { comment: ModerationRow }) {
  const { commenter } = comment;
  // The name the comment was posted under (readers see it), else the commenter's current one.
  const who = comment.displayName || commenter.displayName || commenter.email;
  return (
    <li className="py-4" data-comment={comment.id}>
      <p className="text-sm">
        <strong>{who}</strong> &lt;{commenter.email}&gt; on{' '}
        <a href={`${comment.storyUrl}#comments`} className="underline">
          {comment.article.headline}
        </a>{' '}
        · {formatDateTime(comment.createdAt, siteConfig().timeZone)}
        {comment.parentId && ' · a reply'}
        {commenter.trustedAt && ' · trusted'}
        {commenter.blockedAt && <span className="font-semibold text-accent"> · blocked</span>}
        {comment.featured && <span className="font-semibold"> · featured</span>}
      </p>
      {/* The reader's words as text: React escapes every character, so markup stays visible and inert. */}
      <p className="mt-2 max-w-3xl whitespace-pre-line break-words rounded bg-surface px-3 py-2" data-testid="comment-body">
        {comment.body}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        {DECISIONS.filter((d) => d.decision !== comment.status).map(({ decision, label }) => (
          <ActionForm key={decision} action={moderateCommentAction} submitLabel={`${label} comment by ${who}`} danger={decision !== 'approved'}>
            <input type="hidden" name="commentId" value={comment.id} />
            <input type="hidden" name="decision" value={decision} />
          </ActionForm>
        ))}
        {comment.status === 'approved' && (
          <ActionForm action={featureCommentAction} submitLabel={comment.featured ? `Stop featuring comment by ${who}` : `Feature comment by ${who}`}>
            <input type="hidden" name="commentId" value={comment.id} />
            <input type="hidden" name="featured" value={comment.featured ? 'off' : 'on'} />
          </ActionForm>
        )}
        <ActionForm action={blockCommenterAction} submitLabel={commenter.blockedAt ? `Unblock ${commenter.email}` : `Block ${commenter.email}`} danger={!commenter.blockedAt}>
          <input type="hidden" name="commenterId" value={commenter.id} />
          <input type="hidden" name="blocked" value={commenter.blockedAt ? 'off' : 'on'} />
        </ActionForm>
      </div>
    </li>
  );
}
