import { NextResponse } from 'next/server';
import { countView, INVALID_VIEW, type ViewOutcome } from '@/lib/analytics/beacon';
import { readJsonBody } from '@/lib/http/limited-body';

// Page views, counted first-party on cached pages: the article page's script sends a beacon here (POST), and a
// pixel in <noscript> does the same without JavaScript (GET). See lib/analytics/ for what is and is not counted.

const MAX_BODY_BYTES = 1024;
const noStore = { 'Cache-Control': 'no-store' };
// A transparent 1×1 GIF for the no-script pixel.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

function answer(outcome: ViewOutcome, pixel = false): Response {
  switch (outcome.kind) {
    case 'counted':
    case 'ignored':
      // Ignored requests (bots, prefetches) are told nothing different from counted ones but the status.
      if (pixel) return new Response(PIXEL, { status: 200, headers: { ...noStore, 'Content-Type': 'image/gif' } });
      return new Response(null, { status: outcome.kind === 'counted' ? 202 : 204, headers: noStore });
    case 'invalid':
      return NextResponse.json({ message: outcome.message }, { status: 400, headers: noStore });
    case 'not-found':
      return NextResponse.json({ message: outcome.message }, { status: 404, headers: noStore });
    case 'limited':
      return NextResponse.json({ message: 'Too many views from this address.' }, { status: 429, headers: { ...noStore, 'Retry-After': String(outcome.retryAfterSeconds) } });
  }
}

/** The beacon: `{ "articleId": "…" }` as JSON (navigator.sendBeacon or fetch with keepalive). */
export async function POST(request: Request) {
  const body = await readJsonBody(request, MAX_BODY_BYTES);
  if (body.ok) return answer(await countView(request.headers, body.value));
  if (body.reason === 'too-large') return NextResponse.json({ message: INVALID_VIEW }, { status: 413, headers: noStore });
  // Not JSON: answered as any invalid view is.
  return answer(await countView(request.headers, null));
}

/** The no-script pixel: `/api/views?article=<id>`. */
export async function GET(request: Request) {
  const articleId = new URL(request.url).searchParams.get('article');
  return answer(await countView(request.headers, { articleId }), true);
}
