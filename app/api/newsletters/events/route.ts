import { NextResponse } from 'next/server';
import { readJsonBody } from '@/lib/http/limited-body';
import { applyProviderEvents, EVENTS_INVALID, providerEventsSchema, webhookAuthorized } from '@/lib/newsletters/suppression';

// The mail provider's webhook: bounces and complaints suppress the address (lib/newsletters/suppression.ts). Off
// unless NEWSLETTER_WEBHOOK_SECRET is set; the provider sends it as `Authorization: Bearer <secret>`.

const MAX_BODY_BYTES = 256 * 1024;
const noStore = { 'Cache-Control': 'no-store' };

export async function POST(request: Request) {
  const authorized = webhookAuthorized(request.headers.get('authorization'));
  if (authorized === 'off') return NextResponse.json({ message: 'The webhook is off: set NEWSLETTER_WEBHOOK_SECRET to use it.' }, { status: 404, headers: noStore });
  if (authorized === 'refused') return NextResponse.json({ message: 'Send the secret as Authorization: Bearer <secret>.' }, { status: 401, headers: noStore });
  const body = await readJsonBody(request, MAX_BODY_BYTES);
  if (!body.ok) return NextResponse.json({ message: EVENTS_INVALID }, { status: body.reason === 'too-large' ? 413 : 400, headers: noStore });
  const events = providerEventsSchema.safeParse(body.value);
  if (!events.success) return NextResponse.json({ message: EVENTS_INVALID }, { status: 400, headers: noStore });
  // Answer 200 once applied, or the provider sends the events again.
  return NextResponse.json({ suppressed: await applyProviderEvents(events.data) }, { headers: noStore });
}
