import Link from 'next/link';
import type { Link as LinkView } from '@/lib/articles/types';

/** "By A, B and C", each name linking to the author's page. */
export function Byline({ authors, className }: { authors: LinkView[]; className?: string }) {
  if (authors.length === 0) return null;
  return (
    <p {...(className ? { className } : {})}>
      By{' '}
      {authors.map((author, i) => (
        <span key={author.slug}>
          {i > 0 && (i === authors.length - 1 ? ' and ' : ', ')}
          <Link href={author.url} rel="author" className="font-semibold hover:underline">
            {author.name}
          </Link>
        </span>
      ))}
    </p>
  );
}
