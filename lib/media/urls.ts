import type { ImageView } from '@/lib/articles/types';
import { paths } from '@/lib/routes';

type ImageRow = { path: string; width: number; height: number; alt: string; caption: string; credit: string };

export function toImageView(image: ImageRow | null | undefined): ImageView | null {
  if (!image) return null;
  return {
    src: paths.media(image.path),
    width: image.width,
    height: image.height,
    alt: image.alt,
    caption: image.caption,
    credit: image.credit,
  };
}
