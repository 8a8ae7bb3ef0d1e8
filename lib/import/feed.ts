import { parseFeed } from '@rowanmanning/feed-parser';
import { refuseDeclarations } from './source';
import { type ImportAuthor, type ImportNote, ImportRefused, type ImportStory, type ParsedImport } from './types';

// Another site's archive feed, RSS 2.0 or Atom, read by @rowanmanning/feed-parser (lenient with real-world feeds,
// resolves relative links). It lifts fast-xml-parser's limit on entity expansions (maxTotalExpansions: Infinity),
// so the declarations check in source.ts is what keeps an XML bomb out: it must run first, as here.

export const NOT_A_FEED = 'This is not an RSS or Atom feed: no items or entries could be read from it.';

const slugOfName = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

export function parseFeedImport(xml: string): ParsedImport {
  refuseDeclarations(xml);
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    throw new ImportRefused(`${NOT_A_FEED} (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  if (feed.items.length === 0 && !feed.title) throw new ImportRefused(NOT_A_FEED);

  const stories: ImportStory[] = [];
  const refused: ImportNote[] = [];
  const authors = new Map<string, ImportAuthor>();
  for (const item of feed.items) {
    const title = item.title?.trim() ?? '';
    const id = item.id ?? item.url;
    const label = `entry “${title || '(untitled)'}”`;
    if (!id) {
      refused.push({ item: label, reason: 'It has no id or link, so a second import could not tell it was already here.' });
      continue;
    }
    if (!title) {
      refused.push({ item: `entry ${id}`, reason: 'It has no title.' });
      continue;
    }
    const publishedAt = item.published ?? item.updated;
    if (!publishedAt) {
      refused.push({ item: label, reason: 'It has no publication date.' });
      continue;
    }
    const bylines = item.authors.map((a) => a.name?.trim()).filter((name): name is string => !!name);
    for (const name of bylines) if (!authors.has(name)) authors.set(name, { key: name, name });
    const categories = item.categories.map((c) => (c.label ?? c.term ?? '').trim()).filter(Boolean);
    // A feed gives a summary and the full text, or only one of them (then it is the body).
    const content = item.content?.trim() ?? '';
    const description = item.description?.trim() ?? '';
    const image = item.image?.url ?? item.mediaImages[0]?.url ?? null;
    stories.push({
      sourceId: `feed:${id}`,
      headline: title,
      standfirst: content && description && content !== description ? description : '',
      body: { html: content || description },
      slug: null,
      publishedAt,
      updatedAt: item.updated && item.updated.getTime() - publishedAt.getTime() > 10 * 60_000 ? item.updated : null,
      draft: false,
      section: categories[0] ? { key: slugOfName(categories[0]), name: categories[0] } : null,
      tags: categories.slice(1),
      authors: bylines.map((name) => authors.get(name)!),
      oldUrl: item.url,
      heroImage: image ? { url: image, alt: item.image?.title?.trim() || title, caption: '', credit: '' } : null,
    });
  }
  return { format: 'rss', siteUrl: feed.url, stories, authors: [...authors.values()], sections: [], skipped: [], refused };
}
