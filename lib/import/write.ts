import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { recordAudit, actorOf } from '@/lib/audit/record';
import type { ActionContext } from '@/lib/auth/define-action';
import type { Viewer } from '@/lib/auth/session';
import { expireTagsNow } from '@/lib/cache/tag-clock';
import type { BodyDocument, BodyNode } from '@/lib/articles/body';
import { cleanBody } from '@/lib/articles/body-clean';
import { renderStory } from '@/lib/articles/rendered';
import { articleFieldsSchema } from '@/lib/articles/schemas';
import { lookupImages } from '@/lib/articles/save';
import { db } from '@/lib/db/client';
import { maxUploadBytes, uploadImage } from '@/lib/media/upload';
import { tagsForChange } from '@/lib/publishing/invalidate';
import { fromPathField } from '@/lib/redirects/schemas';
import { invalidateRedirects } from '@/lib/redirects/table';
import { RESERVED_SECTION_SLUGS, paths } from '@/lib/routes';
import { findOrCreateTags, normaliseTagName } from '@/lib/tags/manage';
import { toSlug } from '@/lib/text/slug';
import { bodyFromHtml, type ImageResolver } from './html-body';
import { FORMAT_LABELS } from './formats.shared';
import { type ImportAuthor, type ImportImage, type ImportNote, ImportRefused, type ImportSection, type ImportStory, type ParsedImport } from './types';

// Writing what a file was read into. Each story is written whole (its row, bylines, tags, first revision, old
// address's redirect and its import record) in one transaction with the rest of its batch; a batch that fails is
// written again story by story, so one bad story is refused alone. Batches are small, so no transaction holds the
// database for long (SQLite has one writer: the site's own saves wait for at most one batch). The import record
// (ImportedItem) makes every step repeatable: a story, author, section or picture already brought in from the same
// source is found and left as it is, so running an import again changes nothing, and a run that stopped (an error,
// a killed process) carries on from where it stopped when started again.

// Importing 1,000 posts (`npm run bench:import`), 25 stories a transaction held SQLite for ≤ 96 ms and PostgreSQL (with
// its search triggers) for ≤ 219 ms; 100 held them for 448 and 712 ms, for the same throughput. 10,000 posts: 50 s on
// SQLite (longest 213 ms), 107 s on PostgreSQL (405 ms); batches of 100 took 38.6 and 88 s.
export const BATCH_SIZE = 25;

export type ImportOptions = {
  viewer: Viewer;
  context: ActionContext;
  /** Source section (WordPress category slug or name) → this site's section slug. */
  sectionMap?: Record<string, string>;
  /** Where stories with no section go (a slug); the first section of the site when not given. */
  defaultSection?: string;
  /** A local copy of the old site's uploads folder (wp-content/uploads), read before anything is downloaded. */
  uploadsDir?: string;
  /** Whether pictures may be downloaded from their addresses in the file. */
  downloadMedia?: boolean;
  /** Stories per transaction (BATCH_SIZE). */
  batchSize?: number;
  /** Called after each batch. */
  onProgress?: (progress: ImportProgress) => void | Promise<void>;
};

export type ImportProgress = { total: number; done: number; created: number; skipped: number; refused: number };

export type ImportSummary = ImportProgress & {
  authorsCreated: number;
  sectionsCreated: number;
  imagesCreated: number;
  redirects: number;
  /** The longest a batch's transaction held the database, in milliseconds. */
  longestTransactionMs: number;
  /** The cache tags of every page the new stories appear on (already expired in this process). */
  expiredTags: string[];
  notes: (ImportNote & { outcome: 'skipped' | 'refused' | 'note' })[];
};

type Prepared = {
  story: ImportStory;
  id: string;
  slug: string;
  sectionId: string;
  sectionSlug: string;
  body: string;
  standfirst: string;
  tagIds: string[];
  tagNames: string[];
  authorIds: string[];
  authorSlugs: string[];
  heroImageId: string | null;
  status: 'draft' | 'published' | 'scheduled';
  oldPath: string | null;
};

const importedKey = (kind: string, source: string) => ({ kind_source: { kind, source } });

/** The text of a bit of HTML (WordPress excerpts may hold markup). */
const plainText = (html: string) => (/[<&]/.test(html) ? (parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body.textContent ?? '') : html).replace(/\s+/g, ' ').trim();

/** Cuts at a word, within `max` characters, with an ellipsis. */
const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`);

/** Everything the file held that the summary accounts for: its stories and what its reader left out. */
export const itemCount = (parsed: ParsedImport) => parsed.stories.length + parsed.skipped.length + parsed.refused.length;

export async function writeImport(parsed: ParsedImport, options: ImportOptions): Promise<ImportSummary> {
  const summary: ImportSummary = {
    total: itemCount(parsed),
    done: parsed.skipped.length + parsed.refused.length,
    created: 0,
    skipped: 0,
    refused: 0,
    authorsCreated: 0,
    sectionsCreated: 0,
    imagesCreated: 0,
    redirects: 0,
    expiredTags: [],
    longestTransactionMs: 0,
    notes: [],
  };
  for (const note of parsed.skipped) summary.notes.push({ ...note, outcome: 'skipped' });
  for (const note of parsed.refused) summary.notes.push({ ...note, outcome: 'refused' });
  summary.skipped += parsed.skipped.length;
  summary.refused += parsed.refused.length;

  const sections = await sectionResolver(parsed, options, summary);
  const authors = await authorResolver(parsed, summary);
  const resolveImage = imageResolver(parsed, options, summary);
  const tags = tagResolver();
  const siteHost = siteHostOf();
  const oldHost = parsed.siteUrl ? hostOf(parsed.siteUrl) : null;
  const tagsToExpire = new Set<string>();
  const seen = new Set<string>();

  const batchSize = options.batchSize ?? BATCH_SIZE;
  for (let start = 0; start < parsed.stories.length; start += batchSize) {
    const batch = parsed.stories.slice(start, start + batchSize);
    const done = new Set(
      (await db.importedItem.findMany({ where: { kind: 'article', source: { in: batch.map((s) => s.sourceId) } }, select: { source: true } })).map((r) => r.source),
    );
    const prepared: Prepared[] = [];
    const takenSlugs = await slugsTaken(batch);
    for (const story of batch) {
      const label = `“${story.headline}”`;
      if (done.has(story.sourceId)) {
        summary.skipped++;
        summary.notes.push({ item: label, reason: 'Already imported.', outcome: 'skipped' });
        continue;
      }
      if (seen.has(story.sourceId)) {
        summary.skipped++;
        summary.notes.push({ item: label, reason: 'The file holds it twice (the same id); it was imported once.', outcome: 'skipped' });
        continue;
      }
      seen.add(story.sourceId);
      const ready = await prepare(story, { sections, authors, tags, resolveImage, takenSlugs, hosts: [siteHost, oldHost], summary });
      if ('reason' in ready) {
        summary.refused++;
        summary.notes.push({ item: label, reason: ready.reason, outcome: 'refused' });
      } else prepared.push(ready);
    }
    const redirectFrom = await freeOldPaths(prepared, summary.notes);
    const began = performance.now();
    try {
      await writeBatch(prepared, redirectFrom, options, parsed.format);
      summary.longestTransactionMs = Math.max(summary.longestTransactionMs, performance.now() - began);
      summary.created += prepared.length;
    } catch {
      // One story spoiled the batch (a slug or address taken meanwhile, a value the database refused): each alone.
      for (const story of prepared) {
        try {
          await writeBatch([story], redirectFrom, options, parsed.format);
          summary.created++;
        } catch (error) {
          summary.refused++;
          summary.notes.push({ item: `“${story.story.headline}”`, reason: `The database refused it: ${error instanceof Error ? error.message.split('\n').at(-1) : String(error)}`, outcome: 'refused' });
          redirectFrom.delete(story.id);
        }
      }
    }
    summary.redirects += [...redirectFrom.keys()].filter((id) => prepared.some((p) => p.id === id)).length;
    for (const p of prepared) {
      const footprint = { slug: p.slug, sectionSlug: p.sectionSlug, authorSlugs: p.authorSlugs, tagSlugs: p.tagNames.map((n) => toSlug(n)), live: p.status !== 'draft', publishedAt: p.story.publishedAt };
      for (const tag of tagsForChange(null, footprint)) tagsToExpire.add(tag);
    }
    summary.done = parsed.skipped.length + parsed.refused.length + Math.min(parsed.stories.length, start + batch.length);
    await options.onProgress?.({ total: summary.total, done: summary.done, created: summary.created, skipped: summary.skipped, refused: summary.refused });
  }

  // Readers see the new stories at once: every page that lists one, on every instance (through Redis when there are
  // several; a command-line import without Redis reaches only its own process, see scripts/import.ts).
  summary.expiredTags = [...tagsToExpire];
  await expireTagsNow(summary.expiredTags);
  if (summary.redirects > 0) await invalidateRedirects();
  await recordAudit({
    actor: actorOf(options.viewer),
    action: 'content.imported',
    summary: `Imported ${FORMAT_LABELS[parsed.format]}: ${summary.created} created, ${summary.skipped} skipped, ${summary.refused} refused`,
    request: options.context.request,
  });
  return summary;
}

type Resolvers = {
  sections: (section: ImportSection | null) => { id: string; slug: string };
  authors: (author: ImportAuthor) => Promise<{ id: string; slug: string }>;
  resolveImage: ImageResolver;
  tags: (names: string[]) => Promise<string[]>;
  /** Slugs in use: in the database among this batch's wanted ones, and given to this batch's stories so far. */
  takenSlugs: Set<string>;
  hosts: (string | null)[];
  summary: ImportSummary;
};

async function prepare(story: ImportStory, r: Resolvers): Promise<Prepared | { reason: string }> {
  const section = r.sections(story.section);
  let body: string;
  if ('html' in story.body) {
    const converted = await bodyFromHtml(story.body.html, r.resolveImage, lookupImages);
    if (!converted.ok) return { reason: converted.message };
    for (const url of converted.droppedImages) r.summary.notes.push({ item: `“${story.headline}”`, reason: `A picture could not be brought in: ${url}`, outcome: 'note' });
    body = converted.json;
  } else {
    const document = await withImportedFigures(story.body.document, story.body.images, r.resolveImage);
    if (!document) return { reason: 'Its text could not be read.' };
    for (const url of document.dropped) r.summary.notes.push({ item: `“${story.headline}”`, reason: `A picture could not be brought in: ${url}`, outcome: 'note' });
    const cleaned = await cleanBody(document.body, lookupImages);
    if (!cleaned.ok) return { reason: cleaned.message };
    body = cleaned.json;
  }
  const hero = story.heroImage ? await r.resolveImage(story.heroImage) : null;
  if (story.heroImage && !hero) r.summary.notes.push({ item: `“${story.headline}”`, reason: `Its main picture could not be brought in: ${story.heroImage.url}`, outcome: 'note' });

  // One name per tag slug ("Sailing" and "sailing" are one tag), at most the editor's 20.
  const bySlug = new Map<string, string>();
  for (const name of story.tags.map(normaliseTagName)) if (toSlug(name) && !bySlug.has(toSlug(name))) bySlug.set(toSlug(name), name);
  const tagNames = [...bySlug.values()].slice(0, 20);
  const fields = articleFieldsSchema.safeParse({
    headline: story.headline.replace(/\s+/g, ' ').trim(),
    standfirst: cut(plainText(story.standfirst), 400),
    body,
    slug: '',
    sectionId: section.id,
    tags: tagNames,
    heroImageId: hero?.id ?? null,
    seoTitle: story.seoTitle ?? '',
    seoDescription: story.seoDescription ?? '',
    correction: story.correction ?? '',
  });
  if (!fields.success) return { reason: fields.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };

  const slug = await freeSlug(slugBase(story), r.takenSlugs);
  const bylines = [];
  for (const author of story.authors.slice(0, 10)) bylines.push(await r.authors(author));
  const now = Date.now();
  const status = story.draft || !story.publishedAt ? 'draft' : story.publishedAt.getTime() > now ? 'scheduled' : 'published';
  return {
    story,
    id: randomUUID(),
    slug,
    sectionId: section.id,
    sectionSlug: section.slug,
    body,
    standfirst: fields.data.standfirst,
    tagIds: await r.tags(tagNames),
    tagNames,
    authorIds: [...new Set(bylines.map((b) => b.id))],
    authorSlugs: bylines.map((b) => b.slug),
    heroImageId: hero?.id ?? null,
    status,
    oldPath: oldPathOf(story.oldUrl, r.hosts),
  };
}

/**
 * A Dateline document's figures, pointed at the pictures as brought into this site's library (their ids differ);
 * a figure whose picture cannot be had is left out.
 */
async function withImportedFigures(json: string, images: Record<string, ImportImage>, resolveImage: ImageResolver) {
  let body: BodyDocument;
  try {
    body = JSON.parse(json) as BodyDocument;
  } catch {
    return null;
  }
  const dropped: string[] = [];
  const visit = async (nodes: BodyNode[] = []): Promise<BodyNode[]> => {
    const kept: BodyNode[] = [];
    for (const node of nodes) {
      if (node.type === 'figure') {
        const source = images[String(node.attrs?.imageId)];
        const image = source ? await resolveImage(source) : null;
        if (!image) {
          dropped.push(source?.url ?? String(node.attrs?.src ?? 'a picture'));
          continue;
        }
        kept.push({ ...node, attrs: { ...node.attrs, imageId: image.id, src: image.src } });
      } else kept.push(node.content ? { ...node, content: await visit(node.content) } : node);
    }
    return kept;
  };
  if (!Array.isArray(body?.content)) return null;
  return { body: { ...body, content: await visit(body.content) }, dropped };
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const slugBase = (story: ImportStory) => toSlug(story.slug ? decodeURIComponentSafe(story.slug) : story.headline) || 'story';

/** The slugs a batch wants that are in use already, in one query (most are free: then no query per story). */
async function slugsTaken(batch: ImportStory[]): Promise<Set<string>> {
  const rows = await db.article.findMany({ where: { slug: { in: [...new Set(batch.map(slugBase))] } }, select: { slug: true } });
  return new Set(rows.map((r) => r.slug));
}

async function freeSlug(base: string, taken: Set<string>): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base.slice(0, 75)}-${n}`;
    if (taken.has(candidate)) continue;
    // The base was looked up with the batch; a numbered one is asked for.
    if (n === 1 || (await db.article.count({ where: { slug: candidate } })) === 0) {
      taken.add(candidate);
      return candidate;
    }
  }
}

/** The path of `url` when it was on the old site or on this one (a feed's links may be absolute or relative). */
function oldPathOf(url: string | null, hosts: (string | null)[]): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://import.invalid');
  } catch {
    return null;
  }
  if (parsed.hostname !== 'import.invalid' && !hosts.includes(parsed.hostname)) return null;
  // An address with a query string (WordPress's "?p=12" links) cannot be redirected: redirects match paths.
  if (parsed.search) return null;
  const checked = fromPathField.safeParse(parsed.pathname);
  return checked.success ? checked.data : null;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
};
const siteHostOf = () => hostOf(process.env.SITE_URL ?? '') ;

/** Old addresses a redirect may be left at: not already redirected, not a live story's own address. */
async function freeOldPaths(prepared: Prepared[], notes: ImportSummary['notes']): Promise<Map<string, string>> {
  const wanted = prepared.filter((p) => p.oldPath && p.status !== 'draft' && p.oldPath !== paths.article(p.sectionSlug, p.slug));
  if (wanted.length === 0) return new Map();
  const fromPaths = wanted.map((p) => p.oldPath!);
  const existing = new Set((await db.redirect.findMany({ where: { fromPath: { in: fromPaths } }, select: { fromPath: true } })).map((r) => r.fromPath));
  const free = new Map<string, string>();
  const seen = new Set<string>();
  for (const p of wanted) {
    const problem = existing.has(p.oldPath!) || seen.has(p.oldPath!) ? 'already redirects elsewhere' : isLiveStoryPath(p.oldPath!) ? 'is one of this site’s own addresses' : null;
    if (problem) {
      notes.push({ item: `“${p.story.headline}”`, reason: `Its old address ${p.oldPath} ${problem}, so it does not lead to the story.`, outcome: 'note' });
      continue;
    }
    seen.add(p.oldPath!);
    free.set(p.id, p.oldPath!);
  }
  return free;
}

/** A two-segment path whose first segment is one of the site's own prefixes or sections is not an old address. */
const isLiveStoryPath = (p: string) => RESERVED_SECTION_SLUGS.some((prefix) => p === `/${prefix}` || p.startsWith(`/${prefix}/`));

async function writeBatch(prepared: Prepared[], redirectFrom: Map<string, string>, options: ImportOptions, format: ParsedImport['format']) {
  if (prepared.length === 0) return;
  const { viewer } = options;
  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.article.createMany({
      data: prepared.map((p) => ({
        id: p.id,
        slug: p.slug,
        headline: p.story.headline.replace(/\s+/g, ' ').trim(),
        standfirst: p.standfirst,
        body: p.body,
        ...renderStory(p.body),
        status: p.status,
        publishedAt: p.story.publishedAt,
        updatedAt: p.story.updatedAt,
        createdAt: p.story.publishedAt ?? now,
        sectionId: p.sectionId,
        heroImageId: p.heroImageId,
        seoTitle: p.story.seoTitle ?? '',
        seoDescription: p.story.seoDescription ?? '',
        correction: p.story.correction ?? '',
      })),
    });
    const bylines = prepared.flatMap((p) => p.authorIds.map((authorId, position) => ({ articleId: p.id, authorId, position })));
    if (bylines.length) await tx.articleAuthor.createMany({ data: bylines });
    const tags = prepared.flatMap((p) => p.tagIds.map((tagId) => ({ articleId: p.id, tagId })));
    if (tags.length) await tx.articleTag.createMany({ data: tags });
    await tx.articleRevision.createMany({
      data: prepared.map((p) => ({
        articleId: p.id,
        version: 1,
        userId: viewer.userId,
        userLabel: viewer.name,
        note: `imported (${FORMAT_LABELS[format]})`,
        headline: p.story.headline,
        snapshot: JSON.stringify({
          headline: p.story.headline,
          standfirst: p.standfirst,
          body: p.body,
          slug: p.slug,
          sectionId: p.sectionId,
          tags: p.tagNames,
          authorIds: p.authorIds,
          heroImageId: p.heroImageId,
          seoTitle: p.story.seoTitle ?? '',
          seoDescription: p.story.seoDescription ?? '',
          socialImageId: null,
          canonicalUrl: '',
          noindex: false,
          correction: p.story.correction ?? '',
        }),
      })),
    });
    const redirects = prepared.filter((p) => redirectFrom.has(p.id));
    if (redirects.length) {
      await tx.redirect.createMany({
        data: redirects.map((p) => ({ fromPath: redirectFrom.get(p.id)!, toPath: paths.article(p.sectionSlug, p.slug), kind: 'import', articleId: p.id, createdById: viewer.userId })),
      });
    }
    await tx.importedItem.createMany({ data: prepared.map((p) => ({ kind: 'article', source: p.story.sourceId, targetId: p.id })) });
  });
}

/** Finds the site's section for each source section: the mapping, then a section of that slug or name, else a new one. */
async function sectionResolver(parsed: ParsedImport, options: ImportOptions, summary: ImportSummary) {
  // The site's navigation order, with the slug last so that the first is the same on every database.
  const existing = await db.section.findMany({ select: { id: true, slug: true, name: true }, orderBy: [{ position: 'asc' }, { name: 'asc' }, { slug: 'asc' }] });
  const bySlug = new Map(existing.map((s) => [s.slug, s]));
  const byName = new Map(existing.map((s) => [s.name.toLowerCase(), s]));
  const map = options.sectionMap ?? {};
  for (const [from, to] of Object.entries(map)) {
    if (!bySlug.has(to)) throw new ImportRefused(`The section mapping sends “${from}” to “${to}”, but this site has no section with the slug “${to}”.`);
  }
  const fallbackSlug = options.defaultSection ?? existing[0]?.slug;
  if (options.defaultSection && !bySlug.has(options.defaultSection)) throw new ImportRefused(`This site has no section with the slug “${options.defaultSection}” (--default-section).`);

  const wanted = new Map<string, ImportSection>();
  for (const s of [...parsed.sections, ...parsed.stories.map((story) => story.section)]) if (s && !wanted.has(s.key)) wanted.set(s.key, s);
  const chosen = new Map<string, { id: string; slug: string }>();
  for (const source of wanted.values()) {
    if (!parsed.stories.some((story) => story.section?.key === source.key)) continue;
    const mapped = map[source.key] ?? map[source.name];
    const found = (mapped && bySlug.get(mapped)) || bySlug.get(source.slug ?? toSlug(source.name)) || byName.get(source.name.toLowerCase());
    if (found) {
      chosen.set(source.key, found);
      continue;
    }
    // WordPress's catch-all category is where a post went when nobody chose one: the default section.
    if (source.key === 'uncategorized' && fallbackSlug) {
      chosen.set(source.key, bySlug.get(fallbackSlug)!);
      continue;
    }
    const record = await db.importedItem.findUnique({ where: importedKey('section', `${parsed.format}:${source.key}`) });
    const previous = record && (await db.section.findUnique({ where: { id: record.targetId }, select: { id: true, slug: true } }));
    if (previous) {
      chosen.set(source.key, previous);
      continue;
    }
    let slug = toSlug(source.slug ?? source.name) || 'section';
    while (bySlug.has(slug) || (RESERVED_SECTION_SLUGS as readonly string[]).includes(slug)) slug = `${slug}-imported`;
    const created = await db.$transaction(async (tx) => {
      const row = await tx.section.create({
        data: { slug, name: source.name.slice(0, 80), description: plainText(source.description ?? '').slice(0, 300), position: existing.length + summary.sectionsCreated },
        select: { id: true, slug: true, name: true },
      });
      await tx.importedItem.create({ data: { kind: 'section', source: `${parsed.format}:${source.key}`, targetId: row.id } });
      return row;
    });
    summary.sectionsCreated++;
    bySlug.set(created.slug, created);
    chosen.set(source.key, created);
  }
  if (!fallbackSlug && parsed.stories.some((s) => !s.section || !chosen.has(s.section.key))) {
    throw new ImportRefused('This site has no section yet for stories without a category: create one in /admin/sections first.');
  }
  const fallback = fallbackSlug ? bySlug.get(fallbackSlug)! : null;
  return (section: ImportSection | null) => (section && chosen.get(section.key)) || fallback!;
}

/** Tag ids by name, made where missing (findOrCreateTags), each name asked for once per run. */
function tagResolver() {
  const known = new Map<string, string>();
  return async (names: string[]) => {
    const missing = names.filter((name) => !known.has(name));
    if (missing.length) {
      const ids = await findOrCreateTags(missing);
      // findOrCreateTags answers in order of first mention, one id per distinct slug: names are distinct by slug here.
      missing.forEach((name, i) => known.set(name, ids[i]!));
    }
    return [...new Set(names.map((name) => known.get(name)!))];
  };
}

/** Finds or creates the author profile for each byline, once per source author. */
async function authorResolver(parsed: ParsedImport, summary: ImportSummary) {
  const cache = new Map<string, Promise<{ id: string; slug: string }>>();
  const resolve = async (author: ImportAuthor) => {
    const source = `${parsed.format}:${author.key}`;
    const record = await db.importedItem.findUnique({ where: importedKey('author', source) });
    const previous = record && (await db.author.findUnique({ where: { id: record.targetId }, select: { id: true, slug: true } }));
    if (previous) return previous;
    const name = author.name.replace(/\s+/g, ' ').trim().slice(0, 100) || author.key;
    const sameName = await db.author.findFirst({ where: { name }, select: { id: true, slug: true } });
    const base = toSlug(author.slug ?? name) || 'author';
    let slug = base;
    for (let n = 2; !sameName && (await db.author.count({ where: { slug } })) > 0; n++) slug = `${base}-${n}`;
    return db.$transaction(async (tx) => {
      const row = sameName ?? (await tx.author.create({ data: { slug, name, jobTitle: (author.jobTitle ?? '').slice(0, 100), bio: plainText(author.bio ?? '').slice(0, 2000) }, select: { id: true, slug: true } }));
      if (!sameName) summary.authorsCreated++;
      await tx.importedItem.create({ data: { kind: 'author', source, targetId: row.id } });
      return row;
    });
  };
  return (author: ImportAuthor) => {
    let found = cache.get(author.key);
    if (!found) {
      found = resolve(author);
      cache.set(author.key, found);
    }
    return found;
  };
}

/**
 * Brings pictures into the media library through the upload path editors use (type sniffed, decoded, re-encoded,
 * metadata stripped, size limits): read from the uploads folder given, else downloaded when allowed. Each address
 * once per run, and once for good: a second import finds it in ImportedItem.
 */
function imageResolver(parsed: ParsedImport, options: ImportOptions, summary: ImportSummary): ImageResolver {
  const cache = new Map<string, Promise<{ id: string; src: string; alt: string } | null>>();
  const resolve = async (image: Pick<ImportImage, 'url' | 'alt' | 'caption'> & { credit?: string }) => {
    const url = absoluteUrl(image.url, parsed.siteUrl);
    if (!url) return null;
    const source = `${parsed.format}:${originalUpload(url)}`;
    const record = await db.importedItem.findUnique({ where: importedKey('image', source) });
    const previous = record && (await db.image.findUnique({ where: { id: record.targetId }, select: { id: true, path: true, alt: true } }));
    if (previous) return { id: previous.id, src: paths.media(previous.path), alt: previous.alt };
    const bytes = await readPicture(url, parsed.format, options);
    if (!bytes) return null;
    const name = decodeURIComponentSafe(new URL(url).pathname.split('/').at(-1) ?? 'picture');
    const alt = (image.alt || name.replace(/\.[^.]*$/, '').replace(/[-_]+/g, ' ')).slice(0, 250);
    const uploaded = await uploadImage(options.viewer, { bytes, originalName: name, alt, caption: plainText(image.caption).slice(0, 500), credit: (image.credit ?? '').slice(0, 200) }, options.context);
    if (!uploaded.ok) return null;
    await db.importedItem.create({ data: { kind: 'image', source, targetId: uploaded.image.id } });
    summary.imagesCreated++;
    return { id: uploaded.image.id, src: uploaded.image.src, alt: uploaded.image.alt };
  };
  return (image) => {
    const key = originalUpload(absoluteUrl(image.url, parsed.siteUrl) ?? image.url);
    let found = cache.get(key);
    if (!found) {
      found = resolve(image).catch(() => null);
      cache.set(key, found);
    }
    return found;
  };
}

const absoluteUrl = (url: string, base: string | null) => {
  try {
    const parsed = new URL(url, base ?? undefined);
    return /^https?:$/.test(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
};

/** WordPress's resized copies ("harbour-300x200.jpg") lead to the uploaded original ("harbour.jpg"). */
const originalUpload = (url: string) => url.replace(/-\d{2,5}x\d{2,5}(\.[a-z0-9]+)(?=$|\?)/i, '$1');

/**
 * A picture's bytes: from the local folder when given (for WordPress its uploads folder, the part of the address
 * after /uploads/; for a Dateline export its media folder, the part after /media/), else downloaded when allowed.
 */
async function readPicture(url: string, format: ParsedImport['format'], options: ImportOptions): Promise<Uint8Array | null> {
  const limit = maxUploadBytes();
  const { pathname } = new URL(url);
  const marker = format === 'dateline' ? '/media/' : '/uploads/';
  const at = pathname.indexOf(marker);
  if (options.uploadsDir && at !== -1) {
    const relative = decodeURIComponentSafe(pathname.slice(at + marker.length));
    for (const candidate of [originalUpload(relative), relative]) {
      const file = path.resolve(options.uploadsDir, candidate);
      if (!file.startsWith(path.resolve(options.uploadsDir) + path.sep)) continue;
      const stat = await fs.stat(file).catch(() => null);
      if (stat?.isFile() && stat.size <= limit) return fs.readFile(file);
    }
  }
  if (!options.downloadMedia) return null;
  for (const candidate of [...new Set([originalUpload(url), url])]) {
    try {
      const response = await fetch(candidate, { signal: AbortSignal.timeout(20_000) });
      if (!response.ok) continue;
      if (Number(response.headers.get('content-length')) > limit) return null;
      const bytes = new Uint8Array(await response.arrayBuffer());
      return bytes.byteLength <= limit ? bytes : null;
    } catch {
      continue;
    }
  }
  return null;
}
