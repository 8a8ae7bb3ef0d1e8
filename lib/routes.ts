// Public URLs, built in one place so links, canonical URLs and sitemaps agree.

export const PAGE_SIZE = 20;

export const paths = {
  home: () => '/',
  section: (section: string, page = 1) => (page > 1 ? `/${section}/page/${page}` : `/${section}`),
  article: (section: string, slug: string) => `/${section}/${slug}`,
  author: (slug: string, page = 1) => (page > 1 ? `/author/${slug}/page/${page}` : `/author/${slug}`),
  tag: (slug: string, page = 1) => (page > 1 ? `/tag/${slug}/page/${page}` : `/tag/${slug}`),
  media: (path: string) => `/media/${path}`,
  /** Every story, newest first: where the homepage's "Latest news" continues. */
  latest: (page = 1) => (page > 1 ? `/latest/page/${page}` : '/latest'),
  /** The archive by date: `archive()` the years, then "2019", "2019-05" or "2019-05-16" (→ /archive/2019/05/16). */
  archive: (period = '', page = 1) => `/archive${period ? `/${period.replaceAll('-', '/')}` : ''}${page > 1 ? `/page/${page}` : ''}`,
  corrections: (page = 1) => (page > 1 ? `/corrections/page/${page}` : '/corrections'),
};

/** First path segments that belong to the site itself: no section may take one of these slugs. */
export const RESERVED_SECTION_SLUGS = [
  'admin', 'api', 'archive', 'author', 'authors', 'comments', 'corrections', 'edition', 'feed', 'feeds', 'indexnow', 'latest', 'media', 'og', 'page',
  'preview', 'removed', 'rss', 'search', 'sitemap', 'sitemaps', 'tag', 'tags', '_next',
] as const;

/** Parses a page number from a URL segment: a positive integer without leading zeros, or null. */
export function parsePageNumber(raw: string): number | null {
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null;
  return Number(raw);
}
