import Image from 'next/image';
import type { ImageView } from '@/lib/articles/types';

export function HeroFigure({ image }: { image: ImageView }) {
  return (
    <figure className="my-6">
      <Image
        src={image.src}
        alt={image.alt}
        width={image.width}
        height={image.height}
        priority
        sizes="(min-width: 1024px) 768px, 100vw"
        className="w-full rounded-sm"
      />
      {(image.caption || image.credit) && (
        <figcaption className="mt-2 text-sm text-muted">
          {image.caption} {image.credit && <span className="text-xs uppercase tracking-wide">{image.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
