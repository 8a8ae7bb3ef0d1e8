import { connection } from 'next/server';
import { articlesSitemapResponse } from '@/lib/sitemaps/responses';

type Context = { params: Promise<{ file: string }> };

/** /sitemaps/articles/2026-11.xml: one month's articles (months past 50,000 continue in 2026-11-2.xml …). */
export async function GET(_request: Request, { params }: Context) {
  await connection();
  return articlesSitemapResponse((await params).file);
}
