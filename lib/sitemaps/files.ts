// The addresses of Dateline's sitemaps, built and parsed in one place. Articles are split by the month (in the
// site's time zone) they were published in; a month or a listing with more than SITEMAP_MAX_URLS addresses
// continues in numbered parts: /sitemaps/articles/2026-11.xml, /sitemaps/articles/2026-11-2.xml, /sitemaps/tags-2.xml.

/** The sitemap protocol's limit of addresses in one file. */
export const SITEMAP_MAX_URLS = 50_000;

export const LISTING_KINDS = ['sections', 'tags', 'authors'] as const;
export type ListingKind = (typeof LISTING_KINDS)[number];

export const sitemapPaths = {
  index: () => '/sitemap.xml',
  news: () => '/news-sitemap.xml',
  articles: (month: string, part = 1) => `/sitemaps/articles/${month}${part > 1 ? `-${part}` : ''}.xml`,
  listing: (kind: ListingKind, part = 1) => `/sitemaps/${kind}${part > 1 ? `-${part}` : ''}.xml`,
};

const PART = '(?:-([1-9]\\d{0,3}))?';
const ARTICLES_FILE = new RegExp(`^(\\d{4}-(?:0[1-9]|1[0-2]))${PART}\\.xml$`);
const LISTING_FILE = new RegExp(`^(${LISTING_KINDS.join('|')})${PART}\\.xml$`);

/** "2026-11-2.xml" → { month: "2026-11", part: 2 }; null for anything else ("-1" is never written, so refused). */
export function parseArticlesFile(file: string): { month: string; part: number } | null {
  const match = ARTICLES_FILE.exec(file);
  if (!match || match[2] === '1') return null;
  return { month: match[1]!, part: match[2] ? Number(match[2]) : 1 };
}

/** "tags-2.xml" → { kind: "tags", part: 2 }; null for anything else. */
export function parseListingFile(file: string): { kind: ListingKind; part: number } | null {
  const match = LISTING_FILE.exec(file);
  if (!match || match[2] === '1') return null;
  return { kind: match[1] as ListingKind, part: match[2] ? Number(match[2]) : 1 };
}

/** How many files `count` addresses need (at least one). */
export const partsFor = (count: number) => Math.max(1, Math.ceil(count / SITEMAP_MAX_URLS));
