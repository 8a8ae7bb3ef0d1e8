import { canOpenArticle } from '@/lib/articles/editorial-access';
import { findArticleOwner } from '@/lib/articles/desk-queries';
import { ADMIN_ROUTES } from './admin-routes';
import { can } from './roles';
import { viewerFromHeaders } from './session';

export type AdminVerdict = 'allowed' | 'anonymous' | 'forbidden';

/**
 * The proxy's early answer for an /admin request, so the response carries the right status (redirect or 403)
 * before any page streams. Pages and actions check again themselves: this is never the only guard.
 */
export async function adminVerdict(headers: Headers, pathname: string): Promise<AdminVerdict> {
  const viewer = await viewerFromHeaders(headers);
  if (!viewer) return 'anonymous';
  const path = pathname.replace(/\/+$/, '');
  const article = articleIdOf(path);
  if (article !== null) {
    if (!can(viewer.role, 'articles:write-own')) return 'forbidden';
    const row = await findArticleOwner(article);
    // An article that does not exist is the page's to answer (404).
    return !row || canOpenArticle(viewer, row) ? 'allowed' : 'forbidden';
  }
  const rule = ruleFor(path);
  if (!rule || rule === 'public') return 'allowed';
  return can(viewer.role, rule) ? 'allowed' : 'forbidden';
}

// An article's editor, its revisions and its preview: whose article it is decides, not only the role.
const ARTICLE_PAGE = /^\/(?:admin\/articles\/([^/]+)(?:\/revisions)?|preview\/([^/]+))$/;

/** The article id of an article page of the newsroom, or null for any other page. */
export function articleIdOf(path: string): string | null {
  const match = ARTICLE_PAGE.exec(path);
  const id = match?.[1] ?? match?.[2];
  if (!id) return null;
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

// Route patterns such as /admin/articles/[id] as regular expressions, most specific (longest) first.
const PATTERNS = Object.entries(ADMIN_ROUTES)
  .map(([route, rule]) => ({ rule, pattern: new RegExp(`^${route.replace(/\[\.\.\.[^\]]+\]/g, '.+').replace(/\[[^\]]+\]/g, '[^/]+')}$`) }))
  .sort((a, b) => b.pattern.source.length - a.pattern.source.length);

function ruleFor(pathname: string) {
  return ADMIN_ROUTES[pathname as keyof typeof ADMIN_ROUTES] ?? PATTERNS.find((p) => p.pattern.test(pathname))?.rule;
}

export const FORBIDDEN_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Not allowed</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem"><p>Error 403</p><h1>Not allowed</h1><p>Your role does not give access to this page. Ask an administrator if you need it.</p><p><a href="/admin">Back to the newsroom</a></p></body></html>`;
