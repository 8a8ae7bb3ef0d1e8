import type { ImageView } from '@/lib/articles/types';
import { ResponsiveImage } from './responsive-image';

/** An article's lead picture, as wide as the article's column, with its caption and credit. */
export function HeroFigure({ image }: { image: ImageView }) {
  return (
    <figure className="my-6">
      <ResponsiveImage image={image} kind="lead" sizes="(min-width: 736px) 672px, 100vw" priority className="hero-img" />
      {(image.caption || image.credit) && (
        <figcaption className="hero-caption">
          {image.caption} {image.credit && <span className="text-xs uppercase tracking-wide">{image.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
