import { actorOf, recordAudit } from '@/lib/audit/record';
import { can } from '@/lib/auth/roles';
import { getViewer } from '@/lib/auth/session';
import { siteConfig } from '@/lib/config/site';
import { NOT_ALLOWED, NOT_SIGNED_IN } from '@/lib/forms/result';
import { exportContent } from '@/lib/import/dateline-export';
import { requestMeta } from '@/lib/http/request-meta';

/**
 * The content export (lib/import/dateline-export.ts): stories, sections, tags, authors and the pictures' addresses, as
 * one JSON file that `npm run import -- dateline` and /admin/import read back. No accounts, sessions, audit log or
 * subscribers. Streamed page by page.
 */
export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ ok: false, message: NOT_SIGNED_IN }, { status: 401 });
  if (!can(viewer.role, 'content:transfer')) return Response.json({ ok: false, message: NOT_ALLOWED }, { status: 403 });
  const site = siteConfig().url;
  await recordAudit({ actor: actorOf(viewer), action: 'content.exported', summary: 'Downloaded the content export', request: requestMeta(request.headers) });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(exportContent(site), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="dateline-content-${day}.json"`,
      'Cache-Control': 'no-store',
    },
  });
}
