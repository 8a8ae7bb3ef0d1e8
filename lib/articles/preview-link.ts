import { createHmac, timingSafeEqual } from 'node:crypto';
import { authSecret } from '@/lib/auth/secret';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { type ActionResult, failure } from '@/lib/forms/result';
import { ARTICLE_NOT_FOUND, canOpenArticle } from './editorial-access';

/** How long a shared preview link works. */
export const PREVIEW_LINK_HOURS = 48;

const sign = (articleId: string, expires: number) =>
  createHmac('sha256', authSecret()).update(`preview:${articleId}:${expires}`).digest('base64url');

/** A link a colleague without an account can open until it expires: signed with the site's secret. */
export function previewLink(articleId: string, now = Date.now()): string {
  const expires = Math.floor(now / 1000) + PREVIEW_LINK_HOURS * 3600;
  return `/preview/${encodeURIComponent(articleId)}?expires=${expires}&signature=${sign(articleId, expires)}`;
}

export function verifyPreviewSignature(articleId: string, expiresRaw: string | undefined, signature: string | undefined, now = Date.now()): boolean {
  if (!expiresRaw || !signature || !/^\d{1,12}$/.test(expiresRaw)) return false;
  const expires = Number(expiresRaw);
  if (expires * 1000 < now) return false;
  const expected = Buffer.from(sign(articleId, expires));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** A signed preview link for a colleague, for someone who may open the article (canOpenArticle). */
export async function sharePreviewLink(viewer: Viewer, articleId: string): Promise<ActionResult<{ url: string }>> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { ownerId: true, status: true } });
  if (!article) return failure(404, ARTICLE_NOT_FOUND);
  if (!canOpenArticle(viewer, article)) return failure(403, 'You can share previews only of articles you may open.');
  return { ok: true, data: { url: previewLink(articleId) } };
}
