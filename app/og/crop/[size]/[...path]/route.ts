import { z } from 'zod';
import { isCropSize, readCrop } from '@/lib/media/crops';

const paramsSchema = z.object({ size: z.string().refine(isCropSize), path: z.array(z.string().max(128)).min(1).max(4) });

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * A library picture cropped to a fixed size (/og/crop/1200x675/<media path>), for Open Graph and structured data.
 * Pictures are stored under content-addressed names, so a crop never changes: it is cached for a year.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ size: string; path: string[] }> }) {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success || !isCropSize(parsed.data.size)) return notFound();
  const crop = await readCrop(parsed.data.path, parsed.data.size);
  if (!crop) return notFound();
  return new Response(new Uint8Array(crop), {
    headers: {
      'Content-Type': 'image/jpeg',
      'Content-Length': String(crop.length),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
