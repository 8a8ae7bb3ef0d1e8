import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { AdminShell } from '@/components/admin/admin-shell';
import { CommentRow } from '@/components/admin/comments/comment-row';
import { pageAccess } from '@/lib/auth/access';
import { listForModeration } from '@/lib/comments/moderate';
import { MODERATION_STATUSES, type ModerationStatus } from '@/lib/comments/schemas';
import { siteConfig } from '@/lib/config/site';

export const metadata: Metadata = { title: 'Comments' };

const TABS: Record<ModerationStatus, string> = { pending: 'Waiting', approved: 'Published', rejected: 'Rejected', spam: 'Spam' };

type Props = { searchParams: Promise<{ status?: string; article?: string }> };

/** Readers' comments for moderation: those waiting first (oldest first), then published, rejected and spam. */
export default async function CommentsPage({ searchParams }: Props) {
  const access = await pageAccess('/admin/comments');
  if (!access.ok) forbidden();
  const params = await searchParams;
  const status = (MODERATION_STATUSES as readonly string[]).includes(params.status ?? '') ? (params.status as ModerationStatus) : 'pending';
  const article = /^[a-z0-9]{1,64}$/.test(params.article ?? '') ? params.article : undefined;
  const { comments, counts } = await listForModeration(status, article);
  const days = siteConfig().commentsCloseAfterDays;
  return (
    <AdminShell viewer={access.viewer} title="Comments">
      <p className="max-w-3xl text-sm text-muted">
        A newcomer&rsquo;s first comment waits here; once one of theirs is approved, their next comments are published at once (you can still
        reject them). Blocking an address refuses its comments from then on and rejects those waiting. Comments close {days > 0 ? `${days} days after a story is published` : 'only when an editor closes them'}, or
        when closed in the story&rsquo;s editor or its section.
      </p>
      <nav aria-label="Comments by status" className="mt-4 flex flex-wrap gap-4 text-sm">
        {MODERATION_STATUSES.map((s) => (
          <Link
            key={s}
            href={`/admin/comments?status=${s}${article ? `&article=${article}` : ''}`}
            aria-current={s === status ? 'page' : undefined}
            className={s === status ? 'font-bold underline' : 'hover:underline'}
          >
            {TABS[s]} ({counts[s]})
          </Link>
        ))}
        {article && (
          <Link href={`/admin/comments?status=${status}`} className="hover:underline">
            All stories
          </Link>
        )}
      </nav>
      <section aria-label={`${TABS[status]} comments`} className="mt-4 max-w-4xl">
        {comments.length === 0 ? (
          <p className="text-sm">{status === 'pending' ? 'Nothing is waiting for a moderator.' : 'None.'}</p>
        ) : (
          <ul className="divide-y divide-rule border-y border-rule">
            {comments.map((comment) => (
              <CommentRow key={comment.id} comment={comment} />
            ))}
          </ul>
        )}
      </section>
    </AdminShell>
  );
}
