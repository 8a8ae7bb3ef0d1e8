import type { Metadata } from 'next';
import { forbidden, notFound, redirect } from 'next/navigation';
import { connection } from 'next/server';
import { ArticleView } from '@/components/site/article-view';
import { canOpenArticle } from '@/lib/articles/editorial-access';
import { getArticleForPreview } from '@/lib/articles/preview';
import { verifyPreviewSignature } from '@/lib/articles/preview-link';
import { getViewer } from '@/lib/auth/session';
import { STATUS_LABELS } from '@/lib/articles/status.shared';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ expires?: string; signature?: string }> };

export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false } };

/**
 * An article exactly as readers will see it, whatever its status: for someone who may edit it, or anyone holding
 * a signed link that has not expired.
 */
export default async function PreviewPage({ params, searchParams }: Props) {
  // Never prerendered, not even as a shell for prefetching: a preview is for one request, checked against the clock.
  await connection();
  const [{ id }, { expires, signature }] = await Promise.all([params, searchParams]);
  const signed = verifyPreviewSignature(id, expires, signature);
  const viewer = signed ? null : await getViewer();
  if (!signed && !viewer) redirect(`/admin/login?next=${encodeURIComponent(`/admin/articles/${id}`)}`);
  const article = await getArticleForPreview(id);
  if (!article) notFound();
  if (viewer && !canOpenArticle(viewer, article)) forbidden();
  return (
    <>
      <p role="note" className="mx-auto mt-4 max-w-3xl rounded bg-amber-100 px-3 py-2 text-sm font-semibold text-amber-950">
        Preview · {STATUS_LABELS[article.status as keyof typeof STATUS_LABELS] ?? article.status} · not visible to readers
        {article.status === 'published' ? ' until you save your changes' : ''}
      </p>
      <ArticleView article={article} />
    </>
  );
}
