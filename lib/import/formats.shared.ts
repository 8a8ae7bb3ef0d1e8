// The kinds of file an import reads, named as the admin's form and the run list show them (isomorphic).

export const IMPORT_FORMATS = ['wxr', 'rss', 'dateline'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const FORMAT_LABELS: Record<ImportFormat, string> = {
  wxr: 'WordPress export (WXR)',
  rss: 'RSS or Atom feed',
  dateline: 'Dateline content export',
};
