// Fills a database with the demo newsroom. Creates only what is missing (by slug), so a second run changes
// nothing. Dates are relative to `now`, written in the site's time zone.
import type { BodyDocument, BodyNode } from '../../lib/articles/body';
import { renderEntry, renderStory } from '../../lib/articles/rendered';
import { addDaysToDay, siteDay, zonedInstant } from '../../lib/dates/format';
import type { Role } from '../../lib/auth/roles';
import type { Database } from '../../lib/db/client';
import { createAccount, generatePassword } from '../../lib/users/accounts';
import { seedChangelog } from './changelog';
import { articles, authors, sections, tags, type SeedArticle, type SeedBlock } from './content';
import { liveBlogs } from './live-blogs';
import { generateImage } from './images';
import { seedNewsletters } from './newsletters';
import { seedViews } from './views';

export type SeedOptions = {
  db: Database;
  mediaRoot: string;
  now?: Date;
  timeZone?: string;
  log?: (line: string) => void;
  /** Whether a database without users gets one demo account per role (never in production unless asked). */
  demoAccounts?: boolean;
};
export type DemoAccount = { role: Role; email: string; password: string };
export type SeedResult = {
  created: { sections: number; tags: number; authors: number; articles: number };
  /** Accounts made by this run (only into a database without users), with their one-time passwords. */
  demoAccounts: DemoAccount[];
};

const text = (value: string): BodyNode[] => (value ? [{ type: 'text', text: value }] : []);
const paragraph = (value: string): BodyNode => ({ type: 'paragraph', content: text(value) });

export function blocksToDocument(blocks: SeedBlock[]): BodyDocument {
  return {
    type: 'doc',
    content: blocks.map((block): BodyNode => {
      switch (block.type) {
        case 'p':
          return paragraph(block.text);
        case 'h2':
          return { type: 'heading', attrs: { level: 2 }, content: text(block.text) };
        case 'quote':
          return {
            type: 'blockquote',
            content: [paragraph(block.text), ...(block.cite ? [paragraph(`— ${block.cite}`)] : [])],
          };
        case 'list':
          return {
            type: block.ordered ? 'orderedList' : 'bulletList',
            content: block.items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
          };
      }
    }),
  };
}

/** The publication instant of a seed article: `daysAgo` days before `now` at local "HH:MM", never in the future. */
export function seedPublishedAt(article: SeedArticle, index: number, now: Date, timeZone: string): Date {
  const [hours, minutes] = article.publishedAt.split(':').map(Number);
  const day = addDaysToDay(siteDay(now, timeZone), -article.publishedDaysAgo);
  const instant = zonedInstant(day, hours ?? 9, minutes ?? 0, timeZone) ?? now;
  // Today's stories set later than the current time are moved to just before it, keeping their order.
  if (article.status !== 'scheduled' && instant > now) return new Date(now.getTime() - (index + 1) * 7 * 60_000);
  return instant;
}

/** A seed story's bylines and topics, by the slugs it names (each must be in content.ts). */
function relationsOf(authorIds: Map<string, string>, tagIds: Map<string, string>) {
  return (story: { slug: string; authors: string[]; tags: string[] }) => ({
    authors: {
      create: story.authors.map((slug, position) => {
        const authorId = authorIds.get(slug);
        if (!authorId) throw new Error(`Seed story ${story.slug} names unknown author ${slug}`);
        return { authorId, position };
      }),
    },
    tags: {
      create: story.tags.map((slug) => {
        const tagId = tagIds.get(slug);
        if (!tagId) throw new Error(`Seed story ${story.slug} names unknown tag ${slug}`);
        return { tagId };
      }),
    },
  });
}

export async function seed({ db, mediaRoot, now = new Date(), timeZone = 'Europe/London', log = () => {}, demoAccounts: makeAccounts = true }: SeedOptions): Promise<SeedResult> {
  const created = { sections: 0, tags: 0, authors: 0, articles: 0 };

  const sectionIds = new Map<string, string>();
  for (const [position, section] of sections.entries()) {
    const existing = await db.section.findUnique({ where: { slug: section.slug }, select: { id: true } });
    const row = existing ?? (await db.section.create({ data: { ...section, position }, select: { id: true } }));
    if (!existing) created.sections++;
    sectionIds.set(section.slug, row.id);
  }

  const tagIds = new Map<string, string>();
  for (const tag of tags) {
    const existing = await db.tag.findUnique({ where: { slug: tag.slug }, select: { id: true } });
    const row = existing ?? (await db.tag.create({ data: tag, select: { id: true } }));
    if (!existing) created.tags++;
    tagIds.set(tag.slug, row.id);
  }

  const authorIds = new Map<string, string>();
  for (const author of authors) {
    const existing = await db.author.findUnique({ where: { slug: author.slug }, select: { id: true } });
    let id = existing?.id;
    if (!id) {
      const photo = await imageRow(db, mediaRoot, `author-${author.slug}`, 'opinion', 480, 480, {
        alt: `Illustrated portrait card for ${author.name}`,
        caption: '',
        credit: 'Illustration: Dateline',
      });
      id = (await db.author.create({ data: { ...author, photoId: photo }, select: { id: true } })).id;
      created.authors++;
    }
    authorIds.set(author.slug, id);
  }

  const relations = relationsOf(authorIds, tagIds);
  for (const [index, article] of articles.entries()) {
    if (await db.article.findUnique({ where: { slug: article.slug }, select: { id: true } })) continue;
    const sectionId = sectionIds.get(article.section);
    if (!sectionId) throw new Error(`Seed article ${article.slug} names unknown section ${article.section}`);
    const heroImageId = await imageRow(db, mediaRoot, article.slug, article.section, 1600, 900, article.hero);
    const publishedAt = article.status === 'draft' ? null : seedPublishedAt(article, index, now, timeZone);
    const updatedAt =
      publishedAt && article.updatedHoursLater && !article.status
        ? new Date(Math.min(publishedAt.getTime() + article.updatedHoursLater * 3_600_000, now.getTime() - 60_000))
        : null;
    const body = blocksToDocument(article.body);
    await db.article.create({
      data: {
        slug: article.slug,
        headline: article.headline,
        standfirst: article.standfirst,
        body: JSON.stringify(body),
        ...renderStory(body),
        status: article.status ?? 'published',
        publishedAt,
        updatedAt: updatedAt && publishedAt && updatedAt > publishedAt ? updatedAt : null,
        createdAt: publishedAt ?? now,
        sectionId,
        heroImageId,
        ...relations(article),
      },
    });
    created.articles++;
  }
  for (const blog of liveBlogs) {
    if (await db.article.findUnique({ where: { slug: blog.slug }, select: { id: true } })) continue;
    const sectionId = sectionIds.get(blog.section);
    if (!sectionId) throw new Error(`Seed live blog ${blog.slug} names unknown section ${blog.section}`);
    const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
    const body = JSON.stringify(blocksToDocument(blog.summary));
    await db.article.create({
      data: {
        slug: blog.slug,
        headline: blog.headline,
        standfirst: blog.standfirst,
        body,
        ...renderStory(body),
        status: 'published',
        publishedAt: minutesAgo(blog.startedMinutesAgo),
        createdAt: minutesAgo(blog.startedMinutesAgo),
        sectionId,
        heroImageId: await imageRow(db, mediaRoot, blog.slug, blog.section, 1600, 900, blog.hero),
        liveState: blog.state,
        liveEndsAt: blog.plannedEndInHours ? new Date(now.getTime() + blog.plannedEndInHours * 3_600_000) : null,
        ...relations(blog),
        liveEntries: {
          create: blog.entries.map((entry) => ({
            at: minutesAgo(entry.minutesAgo),
            createdAt: minutesAgo(entry.minutesAgo),
            title: entry.title ?? '',
            body: JSON.stringify(blocksToDocument(entry.body)),
            ...renderEntry(blocksToDocument(entry.body)),
            authorId: authorIds.get(entry.author) ?? null,
            pinned: entry.pinned ?? false,
            keyEvent: entry.keyEvent ?? false,
          })),
        },
      },
    });
    created.articles++;
  }
  await seedChangelog(db, now);
  await seedNewsletters(db);
  const views = await seedViews(db, now, timeZone);
  log(
    `Seeded ${created.sections} sections, ${created.tags} tags, ${created.authors} authors, ${created.articles} articles` +
      (views ? `, and ${views.toLocaleString('en-GB')} page views over 30 days.` : '.'),
  );
  const demoAccounts = makeAccounts && (await db.user.count()) === 0 ? await createDemoAccounts(db, [...authorIds.values()]) : [];
  return { created, demoAccounts };
}

/** One account per role, with random passwords; the editor, author and contributor take over demo bylines. */
async function createDemoAccounts(db: Database, authorIds: string[]): Promise<DemoAccount[]> {
  const people: { role: Role; name: string; authorId: string | null }[] = [
    { role: 'administrator', name: 'Dateline Administrator', authorId: null },
    { role: 'editor', name: '', authorId: authorIds[0] ?? null },
    { role: 'author', name: '', authorId: authorIds[1] ?? null },
    { role: 'contributor', name: '', authorId: authorIds[2] ?? null },
  ];
  const accounts: DemoAccount[] = [];
  for (const person of people) {
    const author = person.authorId ? await db.author.findUnique({ where: { id: person.authorId }, select: { name: true } }) : null;
    const email = `${person.role}@dateline.example`;
    const password = generatePassword();
    await createAccount({ email, name: author?.name ?? person.name, role: person.role, password, authorId: person.authorId });
    accounts.push({ role: person.role, email, password });
  }
  return accounts;
}

async function imageRow(
  db: Database,
  mediaRoot: string,
  seedName: string,
  palette: string,
  width: number,
  height: number,
  meta: { alt: string; caption: string; credit: string },
): Promise<string> {
  const image = await generateImage(mediaRoot, seedName, palette, width, height);
  const existing = await db.image.findUnique({ where: { path: image.path }, select: { id: true } });
  if (existing) return existing.id;
  const row = await db.image.create({ data: { ...image, ...meta }, select: { id: true } });
  return row.id;
}
