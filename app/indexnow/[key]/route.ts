import { connection } from 'next/server';
import { isIndexNowKey } from '@/lib/indexnow/key';

type Context = { params: Promise<{ key: string }> };

/** The IndexNow key file (reached as "/<key>.txt" through a rewrite in next.config.js): the key, in plain text. */
export async function GET(_request: Request, { params }: Context) {
  await connection();
  const { key } = await params;
  if (!isIndexNowKey(key)) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(key, { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } });
}
