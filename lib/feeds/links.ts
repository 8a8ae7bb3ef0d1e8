import type { Metadata } from 'next';

// Feed addresses, built and parsed in one place. They live under /feeds/ (a reserved first segment) because
// "/<section>/<slug>" is an article's address: "/news/feed.xml" would be the story "feed.xml" in News.
//   /feeds/rss.xml  /feeds/atom.xml  /feeds/feed.json                     the whole site
//   /feeds/section/<slug>/rss.xml (atom.xml, feed.json)                   one section; also tag/ and author/

export const FEED_KINDS = ['site', 'section', 'tag', 'author'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];
export type ListFeedKind = Exclude<FeedKind, 'site'>;

export const FEED_FORMATS = {
  rss: { file: 'rss.xml', type: 'application/rss+xml', label: 'RSS' },
  atom: { file: 'atom.xml', type: 'application/atom+xml', label: 'Atom' },
  json: { file: 'feed.json', type: 'application/feed+json', label: 'JSON Feed' },
} as const;
export type FeedFormat = keyof typeof FEED_FORMATS;

export type FeedRef = { kind: 'site'; slug: null } | { kind: ListFeedKind; slug: string };

const segment = (slug: string) => encodeURIComponent(slug);

export function feedPath(ref: FeedRef, format: FeedFormat): string {
  const file = FEED_FORMATS[format].file;
  return ref.kind === 'site' ? `/feeds/${file}` : `/feeds/${ref.kind}/${segment(ref.slug)}/${file}`;
}

/** The feed a /feeds/… address names (its segments after /feeds/, decoded), or null. */
export function parseFeedPath(segments: string[]): { ref: FeedRef; format: FeedFormat } | null {
  const format = (Object.keys(FEED_FORMATS) as FeedFormat[]).find((f) => FEED_FORMATS[f].file === segments.at(-1));
  if (!format) return null;
  if (segments.length === 1) return { ref: { kind: 'site', slug: null }, format };
  const [kind, slug] = segments;
  if (segments.length !== 3 || !slug || !FEED_KINDS.includes(kind as FeedKind) || kind === 'site') return null;
  return { ref: { kind: kind as ListFeedKind, slug }, format };
}

const ALL_FORMATS = ['rss', 'atom', 'json'] as const;
type FeedAlternates = NonNullable<NonNullable<Metadata['alternates']>['types']>;

/**
 * The `<link rel="alternate">` discovery tags of a page's feeds, for Next's `alternates.types`: the page's own
 * feeds (a section front advertises its section's) and then the whole site's, in `formats`. `name` titles them
 * ("Business").
 */
export function feedAlternates(kind: FeedKind, slug?: string, name?: string, formats: readonly FeedFormat[] = ALL_FORMATS): FeedAlternates {
  const refs: { ref: FeedRef; title: string }[] = [];
  if (kind !== 'site' && slug) refs.push({ ref: { kind, slug }, title: name ?? slug });
  refs.push({ ref: { kind: 'site', slug: null }, title: 'All stories' });
  const types: Record<string, { url: string; title: string }[]> = {};
  for (const format of formats) {
    const { type, label } = FEED_FORMATS[format];
    types[type] = refs.map(({ ref, title }) => ({ url: feedPath(ref, format), title: `${title} (${label})` }));
  }
  return types;
}

/**
 * `metadata` with the discovery links of a page's feeds added to its alternates (its canonical URL kept). Fronts
 * name every format; an article names RSS alone (`formats`), since each link is sent twice (HTML and React's
 * payload) with every story and a feed reader subscribes from the first it finds.
 */
export function withFeedLinks(metadata: Metadata, kind: FeedKind, slug?: string, name?: string, formats: readonly FeedFormat[] = ALL_FORMATS): Metadata {
  const types = feedAlternates(kind, slug, name, formats);
  return { ...metadata, alternates: { ...metadata.alternates, types: { ...metadata.alternates?.types, ...types } } };
}
