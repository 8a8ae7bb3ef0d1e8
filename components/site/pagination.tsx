import Link from 'next/link';

const linkClass = 'inline-flex min-h-11 items-center rounded-sm border border-ink px-4 font-semibold hover:bg-ink hover:text-paper';

type Labels = { previous: string; next: string };
/** A list of stories runs newest first. */
const STORY_LABELS: Labels = { previous: '← Newer stories', next: 'Older stories →' };

/** Previous/next links between numbered pages of a list; stable URLs, no client script. */
export function Pagination({
  page,
  pageCount,
  href,
  labels = STORY_LABELS,
  className = 'mt-10',
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  labels?: Labels;
  className?: string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pagination" className={`${className} flex items-center justify-between gap-4 border-t border-rule pt-4 text-sm`}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
