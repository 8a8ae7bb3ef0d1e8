import { can } from '@/lib/auth/roles';
import { getViewer } from '@/lib/auth/session';
import { COMMENTER_NOT_FOUND, commenterIdSchema, commenterRecord } from '@/lib/comments/admin';
import { NOT_ALLOWED, NOT_SIGNED_IN } from '@/lib/forms/result';
import { requestMeta } from '@/lib/http/request-meta';

/** Everything kept about one commenter, as a JSON file an administrator sends them (a data request). Audited. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ ok: false, message: NOT_SIGNED_IN }, { status: 401 });
  if (!can(viewer.role, 'subscribers:manage')) return Response.json({ ok: false, message: NOT_ALLOWED }, { status: 403 });
  const input = commenterIdSchema.safeParse({ commenterId: (await params).id });
  const record = input.success ? await commenterRecord(viewer, input.data.commenterId, { request: requestMeta(request.headers) }) : null;
  if (!input.success || !record) return Response.json({ ok: false, message: COMMENTER_NOT_FOUND }, { status: 404 });
  return new Response(`${JSON.stringify(record, null, 2)}\n`, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="commenter-${input.data.commenterId}.json"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
