import Link from 'next/link';

export type Crumb = { name: string; url?: string };

/** "Main » Section » Headline": the last crumb is the current page. */
export function Breadcrumb({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="crumbs">
      <ol>
        {crumbs.map((crumb, i) => (
          <li key={i}>
            {i > 0 && (
              <span aria-hidden>
                »
              </span>
            )}
            {crumb.url ? (
              <Link href={crumb.url}>
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
