import { getArticle } from '@/lib/articles/queries';
import { cropDimensions, isCropSize } from '@/lib/media/crops';
import { articleCardText } from '@/lib/seo/article-images';
import { cardVersion, headlineCard } from '@/lib/seo/og-card';

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * The headline card of a published article (/og/card/<slug>/1200x630.png), drawn for articles without a picture.
 * Its address carries a fingerprint of what it shows (?v=…): a request with the current one may be cached for a
 * day, any other (an old headline) only briefly.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; size: string }> }) {
  const { slug, size: file } = await params;
  const size = file.replace(/\.png$/, '');
  if (!file.endsWith('.png') || !isCropSize(size)) return notFound();
  const article = await getArticle(slug);
  if (!article) return notFound();
  const text = articleCardText(article);
  const { width, height } = cropDimensions(size);
  const png = await headlineCard(text, width, height);
  const current = new URL(request.url).searchParams.get('v') === cardVersion(text);
  return new Response(new Uint8Array(png), {
    headers: {
      'Content-Type': 'image/png',
      'Content-Length': String(png.length),
      'Cache-Control': current ? 'public, max-age=86400' : 'public, max-age=300',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
