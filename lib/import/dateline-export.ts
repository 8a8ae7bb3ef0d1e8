import { z } from 'zod';
import type { BodyDocument, BodyNode } from '@/lib/articles/body';
import { db } from '@/lib/db/client';
import { paths } from '@/lib/routes';
import type { ImportImage, ParsedImport } from './types';
import { ImportRefused } from './types';

// Dateline's own content export: what a newsroom takes with it when it leaves, and what the importer reads back.
// Stories (with their editor documents, dates and status), sections, tags, authors and the pictures they use, by
// address. Nothing about people's accounts: no users, password hashes, sessions, audit log (with its addresses),
// subscribers or view counts. The media files themselves are not inside: pictures are named by their address on
// the site, which the importer downloads or finds in a copy of the media folder.
//
// One JSON document, written a page of stories at a time so that a large archive never sits in memory whole.

export const EXPORT_FORMAT = 'dateline-content';
export const EXPORT_VERSION = 1;
const PAGE = 500;

const isoDate = z.iso.datetime({ offset: true }).nullable();

const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  site: z.string().max(500),
  exportedAt: z.string(),
  sections: z.array(z.object({ id: z.string(), slug: z.string(), name: z.string(), description: z.string().default('') })),
  authors: z.array(z.object({ id: z.string(), slug: z.string(), name: z.string(), jobTitle: z.string().default(''), bio: z.string().default('') })),
  images: z.array(z.object({ id: z.string(), url: z.string(), alt: z.string(), caption: z.string().default(''), credit: z.string().default('') })),
  stories: z.array(
    z.object({
      id: z.string(),
      path: z.string(),
      slug: z.string(),
      headline: z.string(),
      standfirst: z.string().default(''),
      body: z.string(),
      status: z.string(),
      publishedAt: isoDate,
      updatedAt: isoDate,
      section: z.string(),
      authors: z.array(z.string()).default([]),
      tags: z.array(z.string()).default([]),
      heroImage: z.string().nullable().default(null),
      seoTitle: z.string().default(''),
      seoDescription: z.string().default(''),
      correction: z.string().default(''),
    }),
  ),
});
export type DatelineExport = z.infer<typeof exportSchema>;

export const NOT_AN_EXPORT = 'This is not a Dateline content export (the file /admin/export gives): it is not JSON with "format": "dateline-content".';

/** Reads an export file; ImportRefused when it is not one or does not hold together. */
export function parseDatelineExport(text: string): ParsedImport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ImportRefused(NOT_AN_EXPORT);
  }
  if ((raw as { format?: unknown } | null)?.format !== EXPORT_FORMAT) throw new ImportRefused(NOT_AN_EXPORT);
  const parsed = exportSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ImportRefused(`The export is damaged or from a newer version of Dateline: ${issue.path.join('.')}: ${issue.message}.`);
  }
  const data = parsed.data;
  const sections = new Map(data.sections.map((s) => [s.id, { key: s.slug, slug: s.slug, name: s.name, description: s.description }]));
  const authors = new Map(data.authors.map((a) => [a.id, { key: a.id, slug: a.slug, name: a.name, jobTitle: a.jobTitle, bio: a.bio }]));
  const images = new Map<string, ImportImage>(data.images.map((i) => [i.id, { url: i.url, alt: i.alt, caption: i.caption, credit: i.credit }]));
  const refused: ParsedImport['refused'] = [];
  const stories: ParsedImport['stories'] = [];
  for (const story of data.stories) {
    const section = sections.get(story.section);
    if (!section) {
      refused.push({ item: `“${story.headline}”`, reason: 'Its section is not in the export.' });
      continue;
    }
    const live = story.status === 'published' || story.status === 'scheduled';
    stories.push({
      sourceId: `dateline:${story.id}`,
      headline: story.headline,
      standfirst: story.standfirst,
      body: { document: story.body, images: Object.fromEntries([...images].filter(([id]) => story.body.includes(id))) },
      slug: story.slug,
      publishedAt: live && story.publishedAt ? new Date(story.publishedAt) : null,
      updatedAt: live && story.updatedAt ? new Date(story.updatedAt) : null,
      draft: !live || !story.publishedAt,
      section,
      tags: story.tags,
      authors: story.authors.map((id) => authors.get(id)).filter((a) => a !== undefined),
      oldUrl: new URL(story.path, data.site).href,
      heroImage: story.heroImage ? (images.get(story.heroImage) ?? null) : null,
      seoTitle: story.seoTitle,
      seoDescription: story.seoDescription,
      correction: story.correction,
    });
  }
  return { format: 'dateline', siteUrl: data.site, stories, authors: [...authors.values()], sections: [...sections.values()], skipped: [], refused };
}

/** The picture ids a body's figures use. */
export function figureIds(document: BodyDocument): string[] {
  const ids: string[] = [];
  const walk = (nodes: BodyNode[] = []) => {
    for (const node of nodes) {
      if (node.type === 'figure' && typeof node.attrs?.imageId === 'string') ids.push(node.attrs.imageId);
      walk(node.content);
    }
  };
  walk(document.content);
  return ids;
}

/**
 * The whole export as a stream of JSON text, read as fast as the client takes it: stories go out a page at a time,
 * ordered by id, so memory stays flat however large the archive.
 */
export function exportContent(siteUrl: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const chunks = exportChunks(siteUrl);
  return new ReadableStream({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

async function* exportChunks(siteUrl: string): AsyncGenerator<string> {
  const [sections, authors, images] = await Promise.all([
    db.section.findMany({ orderBy: { position: 'asc' }, select: { id: true, slug: true, name: true, description: true } }),
    db.author.findMany({ orderBy: { slug: 'asc' }, select: { id: true, slug: true, name: true, jobTitle: true, bio: true } }),
    db.image.findMany({ orderBy: { createdAt: 'asc' }, select: { id: true, path: true, alt: true, caption: true, credit: true } }),
  ]);
  yield `{"format":"${EXPORT_FORMAT}","version":${EXPORT_VERSION},"site":${JSON.stringify(siteUrl)},"exportedAt":"${new Date().toISOString()}",\n`;
  yield `"sections":${JSON.stringify(sections)},\n"authors":${JSON.stringify(authors)},\n`;
  yield `"images":${JSON.stringify(images.map(({ path, ...rest }) => ({ ...rest, url: paths.media(path) })))},\n"stories":[`;
  let cursor: string | undefined;
  let first = true;
  for (;;) {
    const page = await db.article.findMany({
      take: PAGE,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      orderBy: { id: 'asc' },
      select: {
        id: true,
        slug: true,
        headline: true,
        standfirst: true,
        body: true,
        status: true,
        publishedAt: true,
        updatedAt: true,
        heroImageId: true,
        seoTitle: true,
        seoDescription: true,
        correction: true,
        section: { select: { id: true, slug: true } },
        authors: { orderBy: { position: 'asc' }, select: { authorId: true } },
        tags: { select: { tag: { select: { name: true } } } },
      },
    });
    const lines = page.map((a) =>
      JSON.stringify({
        id: a.id,
        path: paths.article(a.section.slug, a.slug),
        slug: a.slug,
        headline: a.headline,
        standfirst: a.standfirst,
        body: a.body,
        status: a.status,
        publishedAt: a.publishedAt?.toISOString() ?? null,
        updatedAt: a.updatedAt?.toISOString() ?? null,
        section: a.section.id,
        authors: a.authors.map((b) => b.authorId),
        tags: a.tags.map((t) => t.tag.name),
        heroImage: a.heroImageId,
        seoTitle: a.seoTitle,
        seoDescription: a.seoDescription,
        correction: a.correction,
      }),
    );
    if (lines.length) yield (first ? '\n' : ',\n') + lines.join(',\n');
    first = false;
    if (page.length < PAGE) break;
    cursor = page.at(-1)!.id;
  }
  yield '\n]}\n';
}
