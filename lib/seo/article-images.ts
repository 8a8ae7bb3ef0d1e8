import type { Article, ImageView } from '@/lib/articles/types';
import { siteConfig } from '@/lib/config/site';
import { formatLongDate } from '@/lib/dates/format';
import { cropDimensions, cropUrl, type CropSize } from '@/lib/media/crops';
import { absoluteUrl } from './absolute-url';
import { cardVersion, type CardText } from './og-card';

// Which pictures represent an article to search engines and social networks. Every article has them: crops of its
// own picture, or a card drawn from its headline when it has none.

export type SeoImage = { url: string; width: number; height: number; alt: string; type: 'image/jpeg' | 'image/png' };

/** The sizes Google asks for in NewsArticle structured data: 16:9, 4:3 and 1:1, at least 1200 px wide. */
export const SCHEMA_IMAGE_SIZES = ['1200x675', '1200x900', '1200x1200'] as const satisfies readonly CropSize[];
export const SOCIAL_IMAGE_SIZE = '1200x630' satisfies CropSize;

/** What the headline card of an article shows (also its cache key and the version in its URL). */
export function articleCardText(article: Pick<Article, 'headline' | 'section' | 'publishedAt'>): CardText {
  const site = siteConfig();
  return {
    headline: article.headline,
    section: article.section.name,
    siteName: site.name,
    dateLine: formatLongDate(article.publishedAt, site.timeZone),
  };
}

/** The address of an article's headline card at `size`. */
export function cardUrl(article: Pick<Article, 'slug' | 'headline' | 'section' | 'publishedAt'>, size: CropSize): string {
  return `/og/card/${article.slug}/${size}.png?v=${cardVersion(articleCardText(article))}`;
}

function imageAt(article: Article, picture: ImageView | null, size: CropSize): SeoImage {
  const { width, height } = cropDimensions(size);
  const crop = picture ? cropUrl(picture.src, size) : null;
  if (crop && picture) return { url: absoluteUrl(crop), width, height, alt: picture.alt, type: 'image/jpeg' };
  return { url: absoluteUrl(cardUrl(article, size)), width, height, alt: article.headline, type: 'image/png' };
}

/** The 1200×630 Open Graph image: the editor's social image, else the hero picture, else the headline card. */
export function articleSocialImage(article: Article): SeoImage {
  return imageAt(article, article.seo.socialImage ?? article.image, SOCIAL_IMAGE_SIZE);
}

/** The structured-data images (16:9, 4:3, 1:1): the hero picture, else the social image, else the headline card. */
export function articleSchemaImages(article: Article): SeoImage[] {
  const picture = article.image ?? article.seo.socialImage;
  return SCHEMA_IMAGE_SIZES.map((size) => imageAt(article, picture, size));
}
