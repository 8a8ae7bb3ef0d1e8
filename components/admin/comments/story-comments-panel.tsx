import Link from 'next/link';
import { storyCommentsAction } from '@/app/admin/comments/actions';
import { ActionForm } from '@/components/admin/action-form.client';
import { storyCommentsSummary } from '@/lib/comments/moderate';

/** In a story's editor, for moderators: whether readers may comment on it, and its comments so far. */
export async function StoryCommentsPanel({ articleId }: { articleId: string }) {
  const summary = await storyCommentsSummary(articleId);
  if (!summary) return null;
  return (
    <section aria-labelledby="story-comments" className="mt-8 max-w-3xl rounded border border-rule p-4">
      <h2 id="story-comments" className="font-semibold">
        Readers&rsquo; comments
      </h2>
      <p className="text-sm text-muted">
        {summary.closed ? 'Closed on this story.' : 'Open on this story.'}
        {!summary.section.commentsEnabled && ` Off in ${summary.section.name} (Sections), whatever this says.`} {summary.approved} published,{' '}
        <Link href={`/admin/comments?article=${articleId}`} className="underline">
          {summary.pending} waiting
        </Link>
        .
      </p>
      <ActionForm action={storyCommentsAction} submitLabel={summary.closed ? 'Open comments' : 'Close comments'} className="mt-2">
        <input type="hidden" name="articleId" value={articleId} />
        <input type="hidden" name="closed" value={summary.closed ? 'off' : 'on'} />
      </ActionForm>
    </section>
  );
}
