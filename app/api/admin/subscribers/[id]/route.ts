import { can } from '@/lib/auth/roles';
import { getViewer } from '@/lib/auth/session';
import { NOT_ALLOWED, NOT_SIGNED_IN } from '@/lib/forms/result';
import { requestMeta } from '@/lib/http/request-meta';
import { SUBSCRIBER_GONE, subscriberRecord } from '@/lib/newsletters/admin';
import { subscriberIdSchema } from '@/lib/newsletters/schemas';

/** Everything kept about one subscriber, as a JSON file an administrator sends them (a data request). Audited. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ ok: false, message: NOT_SIGNED_IN }, { status: 401 });
  if (!can(viewer.role, 'subscribers:manage')) return Response.json({ ok: false, message: NOT_ALLOWED }, { status: 403 });
  const input = subscriberIdSchema.safeParse({ subscriberId: (await params).id });
  if (!input.success) return Response.json({ ok: false, message: SUBSCRIBER_GONE }, { status: 404 });
  const record = await subscriberRecord(viewer, input.data.subscriberId, { request: requestMeta(request.headers) });
  if (!record) return Response.json({ ok: false, message: SUBSCRIBER_GONE }, { status: 404 });
  return new Response(`${JSON.stringify(record, null, 2)}\n`, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="subscriber-${input.data.subscriberId}.json"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
