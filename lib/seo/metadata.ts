import type { Metadata } from 'next';
import type { Article } from '@/lib/articles/types';
import { siteConfig } from '@/lib/config/site';
import { absoluteUrl, ogLocale } from './absolute-url';
import { articleSocialImage } from './article-images';
import { articleDateModified, SITE_LOGO } from './structured-data';

// Every reader page's metadata comes from here: the title (the root layout's template adds " | Site"), description,
// absolute canonical URL, Open Graph and Twitter cards, and robots rules.

function siteImage() {
  return { url: absoluteUrl(SITE_LOGO.path), width: SITE_LOGO.width, height: SITE_LOGO.height, alt: siteConfig().name };
}

/** Title, description and canonical URL of page `page` of a list; later pages keep their own canonical URL. */
export function listMetadata(
  title: string,
  description: string,
  canonical: string,
  page: number,
  kind: 'website' | 'profile' = 'website',
): Metadata {
  const site = siteConfig();
  const fullTitle = page > 1 ? `${title} – page ${page}` : title;
  const url = absoluteUrl(canonical);
  return {
    title: fullTitle,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: kind,
      url,
      title: fullTitle,
      description,
      siteName: site.name,
      locale: ogLocale(site.language),
      images: [siteImage()],
    },
    twitter: { card: 'summary', title: fullTitle, description },
  };
}

/** The homepage: the site's name and description. */
export function homeMetadata(): Metadata {
  const site = siteConfig();
  const title = `${site.name}: ${site.description}`;
  const url = absoluteUrl('/');
  return {
    title: { absolute: title },
    description: site.description,
    alternates: { canonical: url },
    openGraph: {
      type: 'website',
      url,
      title: site.name,
      description: site.description,
      siteName: site.name,
      locale: ogLocale(site.language),
      images: [siteImage()],
    },
    twitter: { card: 'summary', title: site.name, description: site.description },
  };
}

/**
 * An article: the editor's SEO title, description and canonical override when given; Open Graph `article:*`
 * properties; a 1200×630 card; large image previews allowed unless the editor chose noindex.
 */
export function articleMetadata(article: Article): Metadata {
  const site = siteConfig();
  const { seo } = article;
  const title = seo.title || article.headline;
  const description = seo.description || article.description;
  const canonical = seo.canonicalUrl || absoluteUrl(article.url);
  const image = articleSocialImage(article);
  return {
    title,
    description,
    alternates: { canonical },
    robots: seo.noindex
      ? { index: false, follow: true }
      : { index: true, follow: true, 'max-image-preview': 'large', 'max-snippet': -1, 'max-video-preview': -1 },
    openGraph: {
      type: 'article',
      url: canonical,
      title,
      description,
      siteName: site.name,
      locale: ogLocale(site.language),
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: articleDateModified(article).toISOString(),
      section: article.section.name,
      tags: article.tags.map((tag) => tag.name),
      authors: article.authors.map((author) => absoluteUrl(author.url)),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description, images: [{ url: image.url, alt: image.alt }] },
  };
}

/** Search results (/search): "Search" or "Search: <query>", never indexed (robots.txt keeps crawlers out too). */
export function searchMetadata(query: string): Metadata {
  const shown = Array.from(query);
  const title = query ? `Search: ${shown.length > 60 ? `${shown.slice(0, 60).join('')}…` : query}` : 'Search';
  return { title, robots: { index: false, follow: true } };
}
