import { revalidateTag } from 'next/cache';
import { NextResponse } from 'next/server';
import { flushViews } from '@/lib/analytics/views';
import { cacheTags } from '@/lib/cache/tags';
import { isInternalKey } from '@/lib/auth/internal-key';

/**
 * Writes the page views this instance has buffered now, rather than at the next interval, and refreshes every
 * "Most read" list at once. For operators and tests; authenticated by the server's internal key (404 otherwise).
 */
export async function POST(request: Request) {
  if (!isInternalKey(request.headers.get('x-dateline-key'))) return new NextResponse(null, { status: 404 });
  const written = await flushViews();
  revalidateTag(cacheTags.mostRead, { expire: 0 });
  return NextResponse.json({ written }, { headers: { 'Cache-Control': 'no-store' } });
}
