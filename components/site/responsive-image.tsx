import { pictureSources, type PictureKind } from '@/lib/media/picture-sources';
import type { ResponsiveImageView } from '@/lib/media/urls';

/**
 * A picture that reserves its space (explicit width and height, so nothing shifts as it loads) and lets the
 * browser pick a size among a few (lib/media/picture-sources.ts): an upload's own WebP variants when it has them,
 * else Next's image optimiser. A plain <img> from the server: next/image is a client component, whose code and
 * props every page would carry. Give it `text-transparent` (as next/image does) so a picture still loading shows its
 * box, not its alt text.
 */
export function ResponsiveImage({
  image,
  kind,
  sizes,
  alt = image.alt,
  priority = false,
  className,
}: {
  image: ResponsiveImageView;
  kind: PictureKind;
  sizes: string;
  alt?: string;
  priority?: boolean;
  className?: string;
}) {
  const { src, srcSet } = pictureSources(image, kind);
  const img = (
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={src}
      srcSet={srcSet}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={alt}
      loading={priority ? 'eager' : 'lazy'}
      // Only when set (here and the class below): an undefined prop still costs `"fetchPriority":"$undefined"` in
      // React's payload.
      {...(priority ? { fetchPriority: 'high' as const } : {})}
      {...(className ? { className } : {})}
    />
  );
  // React announces every eager <img> in its payload as a preload, and Next acts on that for pages it only
  // prefetches: every page links to the homepage, so each would fetch the homepage's lead picture. React leaves
  // pictures inside <picture> alone; the browser still finds this one early, high in the HTML.
  return priority ? <picture>{img}</picture> : img;
}
