import { z } from 'zod';
import { readMediaFile } from '@/lib/media/storage';

const paramsSchema = z.object({ path: z.array(z.string().max(128)).min(1).max(4) });

/** Serves images from MEDIA_DIR. File names are content-addressed, so a response never changes. */
export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const parsed = paramsSchema.safeParse(await params);
  const media = parsed.success ? await readMediaFile(parsed.data.path) : null;
  if (!media) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(new Uint8Array(media.body), {
    headers: {
      'Content-Type': media.type,
      'Content-Length': String(media.body.length),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
