import Image from 'next/image';
import type { ResponsiveImageView } from '@/lib/media/urls';

/**
 * A picture that reserves its space (explicit width and height, so nothing shifts as it loads) and lets the
 * browser pick a size: an upload's own WebP variants (lib/media) when it has them, else Next's image optimiser.
 */
export function ResponsiveImage({
  image,
  sizes,
  alt = image.alt,
  priority = false,
  className,
}: {
  image: ResponsiveImageView;
  sizes: string;
  alt?: string;
  priority?: boolean;
  className?: string;
}) {
  if (image.srcSet) {
    return (
      // Variants are already resized WebP files on disk: serving them as they are spares the optimiser the work.
      // eslint-disable-next-line @next/next/no-img-element
      <img
        src={image.src}
        srcSet={image.srcSet}
        sizes={sizes}
        width={image.width}
        height={image.height}
        alt={alt}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : undefined}
        decoding="async"
        className={className}
      />
    );
  }
  return (
    <Image
      src={image.src}
      alt={alt}
      width={image.width}
      height={image.height}
      sizes={sizes}
      preload={priority}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      className={className}
    />
  );
}
