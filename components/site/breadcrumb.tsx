import Link from 'next/link';

export type Crumb = { name: string; url?: string };

/** "Main » Section » Headline": the last crumb is the current page. */
export function Breadcrumb({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-muted">
      <ol className="flex flex-wrap items-baseline">
        {crumbs.map((crumb, i) => (
          <li key={i} className="flex items-baseline">
            {i > 0 && (
              <span aria-hidden className="px-1.5">
                »
              </span>
            )}
            {crumb.url ? (
              <Link href={crumb.url} className="font-semibold text-ink hover:underline">
                {crumb.name}
              </Link>
            ) : (
              <span aria-current="page">{crumb.name}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
