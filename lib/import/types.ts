import type { ImportFormat } from './formats.shared';

export type { ImportFormat };

// What every import format is read into before anything is written: the stories, with the people, sections, tags
// and pictures they name, each keyed by where it came from so that the same import run again finds it done.

export type ImportImage = {
  /** The file's address in the old site (an attachment URL, a feed enclosure, a Dateline /media/ path). */
  url: string;
  alt: string;
  caption: string;
  credit: string;
};

export type ImportAuthor = {
  /** Stable within its source: a WordPress login, a feed author's name, a Dateline author id. */
  key: string;
  name: string;
  slug?: string;
  jobTitle?: string;
  bio?: string;
};

export type ImportSection = { key: string; name: string; slug?: string; description?: string };

export type ImportStory = {
  /** The item's id where it came from (WordPress guid, feed entry id, Dateline article id). */
  sourceId: string;
  headline: string;
  standfirst: string;
  /** The body as HTML (WordPress, feeds) or as the editor's document (a Dateline export). */
  body: { html: string } | { document: string; images: Record<string, ImportImage> };
  slug: string | null;
  /** When it was first published; null for a draft. */
  publishedAt: Date | null;
  /** Its last change readers were told about ("Updated"), when the source has one. */
  updatedAt: Date | null;
  draft: boolean;
  /** The section it belongs in (a WordPress category, a feed category, a Dateline section). */
  section: ImportSection | null;
  tags: string[];
  authors: ImportAuthor[];
  /** Where it lived before: its old address answers 301 to the new one when it is on this site's host. */
  oldUrl: string | null;
  heroImage: ImportImage | null;
  seoTitle?: string;
  seoDescription?: string;
  correction?: string;
};

/** One thing not brought in, and why, as the summary reports it. */
export type ImportNote = { item: string; reason: string };

export type ParsedImport = {
  format: ImportFormat;
  /** The old site's address, when the file names it (WXR's base_site_url, the feed's link, the export's site). */
  siteUrl: string | null;
  stories: ImportStory[];
  /** Authors named in the file, including those with no story (WXR lists them up front). */
  authors: ImportAuthor[];
  sections: ImportSection[];
  /** Items the reader of the file left out on purpose (pages, attachments, other post types). */
  skipped: ImportNote[];
  /** Items it could not read (no title, a date it cannot parse). */
  refused: ImportNote[];
};

/** A file the importer will not read at all, with the reason an editor or operator is shown. */
export class ImportRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportRefused';
  }
}
