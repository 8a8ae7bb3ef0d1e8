import { revalidateTag } from 'next/cache';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { refreshDueArticles } from '@/lib/publishing/due';
import { isInternalKey } from '@/lib/publishing/follow-up';

const bodySchema = z.object({ due: z.boolean().default(false), tags: z.array(z.string().min(1).max(300)).max(500).default([]) });

/**
 * The server calling itself (lib/publishing/follow-up.ts): at a scheduled minute, to refresh the pages of articles
 * that just became visible, and shortly after a publish step, to refresh again any page that was rendering while
 * the step ran. Only the server knows the key; anyone else gets 404.
 */
export async function POST(request: Request) {
  if (!isInternalKey(request.headers.get('x-dateline-key'))) return new NextResponse(null, { status: 404 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => ({})));
  if (!parsed.success) return NextResponse.json({ message: 'Expected { due?: boolean, tags?: string[] }' }, { status: 400 });
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 });
  const due = parsed.data.due ? await refreshDueArticles() : { articles: 0, tags: 0 };
  return NextResponse.json({ tags: parsed.data.tags.length, due }, { headers: { 'Cache-Control': 'no-store' } });
}
