import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { CommentForm } from '@/components/site/comment-form';
import { CommentText } from '@/components/site/comment-text';
import { DateText } from '@/components/site/date-text';
import { findReplyTarget } from '@/lib/comments/queries';
import { COMMENTS_CLOSED } from '@/lib/comments/post';
import { paths } from '@/lib/routes';

export const metadata: Metadata = { title: 'Reply to a comment', robots: { index: false, follow: false } };

/**
 * A reply to one top-level comment: its own small page, so the story page carries one form however many comments it
 * has. Replies go one level deep: there is no reply page for a reply.
 */
export default async function ReplyPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const target = /^[a-z0-9]{1,64}$/.test(id) ? await findReplyTarget(id) : null;
  if (!target) notFound();
  const { comment, article, open } = target;
  const storyPath = paths.article(article.section.slug, article.slug);
  return (
    <div className="mx-auto max-w-2xl pt-10">
      <h1 className="font-serif text-3xl font-bold">Reply to {comment.name}</h1>
      <p className="mt-2 text-muted">
        On{' '}
        <Link href={`${storyPath}#comment-${comment.id}`} className="underline">
          {article.headline}
        </Link>
      </p>
      <blockquote className="comment mt-6 border-l-4 border-rule pl-4">
        <p className="comment-meta">
          <b>{comment.name}</b> · <DateText date={comment.publishedAt} format="dateTime" />
        </p>
        <CommentText body={comment.body} />
      </blockquote>
      {open ? <CommentForm articleId={article.id} parentId={comment.id} label="Post reply" /> : <p className="mt-6">{COMMENTS_CLOSED}</p>}
    </div>
  );
}
