// Demo entries of the public change log (ArticleUpdate): the updates of seeded stories that carry an "Updated" time,
// and two corrections, so the article pages and /corrections are not empty. Fictional, like all demo content.
import type { Database } from '../../lib/db/client';

type SeedChange =
  | { slug: string; kind: 'update'; note: string }
  /** A correction `hoursLater` hours after publication; the story's correction box shows its note. */
  | { slug: string; kind: 'correction'; hoursLater: number; note: string };

export const changes: SeedChange[] = [
  {
    slug: 'council-approves-anchorage-quay-scheme-with-bigger-fish-market',
    kind: 'update',
    note: 'Added the statement the Merrow Fishermen’s Co-operative issued later on Monday night.',
  },
  {
    slug: 'port-merrow-breaks-its-temperature-record-as-kestle-point-hits-34-1c',
    kind: 'update',
    note: 'Added the Coastal Weather Service’s confirmation of the reading, which makes it the official record.',
  },
  {
    slug: 'greens-take-saltmarsh-by-212-votes-leaving-civic-alliance-without-a-majority',
    kind: 'update',
    note: 'Added the council’s revised turnout figure and what the Greens and the Coastal Party said about coalition talks.',
  },
  {
    slug: 'brindle-street-traders-say-footfall-has-halved-since-full-closure-for-tram-works',
    kind: 'correction',
    hoursLater: 26,
    note: 'An earlier version of this story said the traders counted passers-by at six points along Brindle Street. They counted at four points; the figures reported are unchanged.',
  },
  {
    slug: 'five-candidates-line-up-for-saltmarsh-by-election-with-the-harbour-at-its-heart',
    kind: 'correction',
    hoursLater: 20,
    note: 'An earlier version of this story said nominations closed on Tuesday. They closed on Wednesday.',
  },
];

/**
 * Writes the demo change log for seeded stories that are live and have none yet (so a second run adds nothing).
 * An update takes the story's "Updated" time; a correction also becomes the story's correction note.
 */
export async function seedChangelog(db: Database, now: Date): Promise<number> {
  let written = 0;
  for (const change of changes) {
    const article = await db.article.findUnique({
      where: { slug: change.slug },
      select: { id: true, status: true, publishedAt: true, updatedAt: true, _count: { select: { publicUpdates: true } } },
    });
    if (!article?.publishedAt || article.status !== 'published' || article._count.publicUpdates > 0) continue;
    if (change.kind === 'update') {
      if (!article.updatedAt) continue;
      await db.articleUpdate.create({ data: { articleId: article.id, kind: 'update', note: change.note, at: article.updatedAt } });
    } else {
      const at = new Date(Math.min(article.publishedAt.getTime() + change.hoursLater * 3_600_000, now.getTime() - 60_000));
      await db.$transaction([
        db.articleUpdate.create({ data: { articleId: article.id, kind: 'correction', note: change.note, at } }),
        db.article.update({ where: { id: article.id }, data: { correction: change.note } }),
      ]);
    }
    written++;
  }
  return written;
}
