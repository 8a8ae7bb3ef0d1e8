import { SITE_DAY_TAG } from '@/lib/http/edition.mjs';

// Every cache tag Dateline uses, defined once. A page is tagged with each thing it shows, so that a change to one
// article revalidates exactly the pages that show it. Slug-based tags also cover a slug with no article yet: the
// cached 404 there ends when an article is published under it.

export const cacheTags = {
  /** Any list of articles (home, fronts, tag and author pages, related stories, latest news). */
  articleLists: 'articles:lists',
  /** The homepage's own selection (lead, blocks). */
  home: 'home',
  /** Navigation: the list of sections. */
  sections: 'sections',
  /** Old addresses: every page that looked one up (a 404 that may become a redirect, or the other way round). */
  redirects: 'redirects',
  /** The "Most read" lists (refreshed by their lifetime, or at once by POST /api/internal/views). */
  mostRead: 'most-read',
  /** The breaking-news banner on every reader page (flag, clear, expiry). */
  breaking: 'breaking',
  /** The day's date in every reader page's header: counted as invalidated at each midnight in the site's zone. */
  siteDay: SITE_DAY_TAG,
  article: (slug: string) => `article:${slug}`,
  section: (slug: string) => `section:${slug}`,
  author: (slug: string) => `author:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  /** The newsletters readers can sign up for (the forms on the homepage, articles and /newsletters). */
  newsletters: 'newsletters',
  /** The public list of corrections (/corrections). */
  corrections: 'corrections',
  /** The archive by date: `archive` (the years), then `archive:2019`, `archive:2019-05`, `archive:2019-05-16`. */
  archive: (period?: string) => (period ? `archive:${period}` : 'archive'),
} as const;
