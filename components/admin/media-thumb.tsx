import type { PickedImage } from '@/lib/media/types';

/** A library picture at thumbnail size, from its WebP variants when it has them. Usable on server and client. */
export function MediaThumb({ image, sizes = '(min-width: 1024px) 240px, 45vw' }: { image: PickedImage; sizes?: string }) {
  return (
    // The variants are already resized WebP files: the image optimiser would only resize them again.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={image.src}
      srcSet={image.srcSet}
      sizes={image.srcSet ? sizes : undefined}
      width={image.width}
      height={image.height}
      alt={image.alt}
      loading="lazy"
      decoding="async"
      className="aspect-[4/3] w-full rounded-sm bg-rule/40 object-cover"
    />
  );
}
