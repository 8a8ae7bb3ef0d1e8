import Link from 'next/link';

/** Previous/next links between numbered pages of a list; stable URLs, no client script. */
export function Pagination({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-8 flex items-center justify-between border-t border-rule pt-4 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="font-semibold hover:underline">
          ← Newer stories
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className="font-semibold hover:underline">
          Older stories →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
