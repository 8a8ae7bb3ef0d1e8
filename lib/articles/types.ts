// What reader pages get: plain app types, never Prisma rows.

export type ImageView = {
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
};

export type Link = { slug: string; name: string; url: string };

export type ArticleSummary = {
  id: string;
  slug: string;
  url: string;
  headline: string;
  standfirst: string;
  publishedAt: Date;
  /** The reader-facing "Updated …" time: set only for a substantive change after publication. */
  updatedAt: Date | null;
  section: Link;
  authors: Link[];
  image: ImageView | null;
  /** A live blog's state ("LIVE" on its cards while live), or null for a story. */
  liveState: 'live' | 'ended' | null;
  /** Readers' published comments, where a list shows them (lib/comments/count.ts keeps the count). */
  comments?: number;
};

export type Article = ArticleSummary & {
  bodyHtml: string;
  /** What search and social previews say: the standfirst, or else the body's first paragraph cut at a word. */
  description: string;
  readingMinutes: number;
  tags: Link[];
  /** The last write of any kind (ETags, sitemaps). */
  modifiedAt: Date;
  /** A correction or update note shown in a box above the body; empty when there is none. */
  correction: string;
  /** The editor's search and social fields; empty strings and null fall back to the headline, standfirst and hero. */
  seo: { title: string; description: string; canonicalUrl: string; noindex: boolean; socialImage: ImageView | null };
  /** A live blog's planned end, if it has one. */
  liveEndsAt: Date | null;
};

export type Page<T> = { items: T[]; page: number; pageCount: number; total: number };
