import { getArticleChangelog } from '@/lib/changelog/queries';
import { DateText } from './date-text';

const kindLabel = { update: 'Update', correction: 'Correction' } as const;

/** "Updates and corrections": every published update and correction of a story, newest first, with its time. */
export async function ArticleChangelog({ articleId, slug }: { articleId: string; slug: string }) {
  const entries = await getArticleChangelog(articleId, slug);
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="changelog-title" className="mt-10 border-t border-rule pt-4 text-sm">
      <h2 id="changelog-title" className="font-semibold uppercase tracking-wide text-muted">
        Updates and corrections ({entries.length})
      </h2>
      <ol className="mt-3 space-y-3">
        {entries.map((entry) => (
          <li key={entry.id} data-kind={entry.kind}>
            <p>
              <strong className={entry.kind === 'correction' ? 'text-accent' : undefined}>{kindLabel[entry.kind]}</strong>
              {' · '}
              <DateText date={entry.at} format="dateTime" className="text-muted" />
            </p>
            <p className="whitespace-pre-line">{entry.note}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
