import { connection } from 'next/server';
import { listingSitemapResponse } from '@/lib/sitemaps/responses';

type Context = { params: Promise<{ file: string }> };

/** /sitemaps/sections.xml (with the homepage), /sitemaps/tags.xml, /sitemaps/authors.xml and their numbered parts. */
export async function GET(_request: Request, { params }: Context) {
  await connection();
  return listingSitemapResponse((await params).file);
}
