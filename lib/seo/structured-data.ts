import type {
  BlogPosting,
  BreadcrumbList,
  CollectionPage,
  ImageObject,
  LiveBlogPosting,
  NewsArticle,
  NewsMediaOrganization,
  Person,
  ProfilePage,
  SearchAction,
  WebSite,
  WithActionConstraints,
  WithContext,
} from 'schema-dts';
import type { Article, ArticleSummary, Page } from '@/lib/articles/types';
import type { LiveBlogPage } from '@/lib/live/queries';
import { siteConfig } from '@/lib/config/site';
import { PAGE_SIZE } from '@/lib/routes';
import { absoluteUrl } from './absolute-url';
import { articleSchemaImages } from './article-images';

// schema.org structured data (JSON-LD) for each kind of reader page, typed with schema-dts. Google's rules for news
// articles: https://developers.google.com/search/docs/appearance/structured-data/article

/** Google shows at most 110 characters of a headline in structured data. */
export const MAX_HEADLINE = 110;

/** The site's logo (public/logo.png): the publisher's logo, and the picture of pages that have none of their own. */
export const SITE_LOGO = { path: '/logo.png', width: 512, height: 512 } as const;

const organizationId = () => `${siteConfig().url}/#organization`;
const websiteId = () => `${siteConfig().url}/#website`;

/** A headline cut at a word to at most MAX_HEADLINE characters, with an ellipsis when cut. */
export function schemaHeadline(headline: string): string {
  const text = headline.trim();
  if (text.length <= MAX_HEADLINE) return text;
  const cut = text.slice(0, MAX_HEADLINE - 1);
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length >= MAX_HEADLINE / 2 ? atWord : cut).trimEnd()}…`;
}

/**
 * When an article last changed for readers: its "Updated" time (set by a substantive change), else its
 * publication. Typo fixes do not move it, as Google News asks; HTTP's Last-Modified follows every write instead.
 */
export function articleDateModified(article: Pick<Article, 'publishedAt' | 'updatedAt'>): Date {
  return article.updatedAt && article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt;
}

/** The newsroom as publisher: name, address and logo. */
export function publisherJsonLd(): Exclude<NewsMediaOrganization, string> {
  const site = siteConfig();
  return {
    '@type': 'NewsMediaOrganization',
    '@id': organizationId(),
    name: site.name,
    url: absoluteUrl('/'),
    logo: { '@type': 'ImageObject', url: absoluteUrl(SITE_LOGO.path), width: `${SITE_LOGO.width}`, height: `${SITE_LOGO.height}` },
  };
}

const websiteRef = (): Exclude<WebSite, string> => ({ '@type': 'WebSite', '@id': websiteId(), name: siteConfig().name, url: absoluteUrl('/') });

/** The homepage: the site, with the search box Google may show for it (/search?q=…). */
export function websiteJsonLd(): WithContext<WebSite> {
  const site = siteConfig();
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl('/search')}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': websiteId(),
    name: site.name,
    url: absoluteUrl('/'),
    description: site.description,
    inLanguage: site.language,
    publisher: { '@id': organizationId() },
    potentialAction: search,
  };
}

/** The publisher on its own (the homepage states who runs the site). */
export function organizationJsonLd(): WithContext<NewsMediaOrganization> {
  return { '@context': 'https://schema.org', ...publisherJsonLd() };
}

/** What a story's structured data says whatever its type: headline, pictures, dates, bylines, publisher. */
function storyFields(article: Article) {
  const site = siteConfig();
  const url = absoluteUrl(article.url);
  const images: ImageObject[] = articleSchemaImages(article).map((image) => ({
    '@type': 'ImageObject',
    url: image.url,
    width: `${image.width}`,
    height: `${image.height}`,
  }));
  const authors: Person[] = article.authors.map((author) => ({ '@type': 'Person', name: author.name, url: absoluteUrl(author.url) }));
  return {
    '@id': `${url}#article`,
    headline: schemaHeadline(article.headline),
    description: article.seo.description || article.description,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    image: images,
    datePublished: article.publishedAt.toISOString(),
    dateModified: articleDateModified(article).toISOString(),
    author: authors,
    publisher: publisherJsonLd(),
    articleSection: article.section.name,
    keywords: article.tags.map((tag) => tag.name),
    inLanguage: site.language,
    isAccessibleForFree: true,
    isPartOf: websiteRef(),
  } as const;
}

export function newsArticleJsonLd(article: Article): WithContext<NewsArticle> {
  return { '@context': 'https://schema.org', '@type': 'NewsArticle', ...storyFields(article) };
}

/** How many of a live blog's newest entries its structured data carries as `liveBlogUpdate`. */
export const LIVE_UPDATES_IN_JSON_LD = 5;

/**
 * A live blog's structured data: the story as a LiveBlogPosting (what search engines show with a "LIVE" badge) with
 * its coverage times and its newest entries, each a BlogPosting. Its dateModified follows the latest entry.
 */
export function liveBlogJsonLd(article: Article, page: LiveBlogPage): WithContext<LiveBlogPosting> {
  const url = absoluteUrl(article.url);
  const modified = [articleDateModified(article), page.lastChange].filter((d): d is Date => d !== null).sort((a, b) => b.getTime() - a.getTime())[0]!;
  const end = page.state === 'ended' ? (page.latestAt ?? modified) : page.endsAt;
  const updates: BlogPosting[] = [...page.pinned, ...page.entries]
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, LIVE_UPDATES_IN_JSON_LD)
    .map((entry) => ({
      '@type': 'BlogPosting',
      '@id': `${url}#entry-${entry.id}`,
      url: `${url}#entry-${entry.id}`,
      headline: schemaHeadline(entry.title || entry.text),
      datePublished: entry.at.toISOString(),
      dateModified: entry.modifiedAt.toISOString(),
      articleBody: entry.text,
      ...(entry.author ? { author: { '@type': 'Person', name: entry.author.name, url: absoluteUrl(entry.author.url) } } : {}),
    }));
  return {
    '@context': 'https://schema.org',
    '@type': 'LiveBlogPosting',
    ...storyFields(article),
    dateModified: modified.toISOString(),
    coverageStartTime: article.publishedAt.toISOString(),
    ...(end ? { coverageEndTime: end.toISOString() } : {}),
    liveBlogUpdate: updates,
  };
}

export type Crumb = { name: string; url?: string };

/** The visible breadcrumb as structured data; the last crumb (the page itself) gets the page's own address. */
export function breadcrumbJsonLd(crumbs: Crumb[], pageUrl: string): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.url ?? pageUrl),
    })),
  };
}

function itemList(list: Page<ArticleSummary>) {
  return {
    '@type': 'ItemList' as const,
    numberOfItems: list.items.length,
    itemListElement: list.items.map((article, i) => ({
      '@type': 'ListItem' as const,
      position: (list.page - 1) * PAGE_SIZE + i + 1,
      url: absoluteUrl(article.url),
      name: article.headline,
    })),
  };
}

/** A section front or topic page (any page of it): the list of stories it shows. */
export function collectionPageJsonLd(page: { name: string; description: string; url: string; list: Page<ArticleSummary> }): WithContext<CollectionPage> {
  const url = absoluteUrl(page.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    '@id': url,
    url,
    name: page.name,
    ...(page.description ? { description: page.description } : {}),
    inLanguage: siteConfig().language,
    isPartOf: websiteRef(),
    mainEntity: itemList(page.list),
  };
}

/** An author's page (any page of it): the person. */
export function profilePageJsonLd(author: {
  name: string;
  url: string;
  jobTitle: string;
  bio: string;
  photo: { src: string } | null;
  pageUrl: string;
}): WithContext<ProfilePage> {
  const url = absoluteUrl(author.pageUrl);
  const person: Person = {
    '@type': 'Person',
    '@id': `${absoluteUrl(author.url)}#person`,
    name: author.name,
    url: absoluteUrl(author.url),
    ...(author.jobTitle ? { jobTitle: author.jobTitle } : {}),
    ...(author.bio ? { description: author.bio } : {}),
    ...(author.photo ? { image: absoluteUrl(author.photo.src) } : {}),
    worksFor: { '@id': organizationId() },
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    '@id': url,
    url,
    name: author.name,
    inLanguage: siteConfig().language,
    isPartOf: websiteRef(),
    mainEntity: person,
  };
}
