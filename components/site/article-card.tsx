import Image from 'next/image';
import Link from 'next/link';
import type { ArticleSummary } from '@/lib/articles/types';
import { DateText } from './date-text';

type Variant = 'lead' | 'standard' | 'compact';

const headlineClass: Record<Variant, string> = {
  lead: 'text-3xl sm:text-4xl leading-tight',
  standard: 'text-xl leading-snug',
  compact: 'text-base leading-snug',
};

/** A story in a list: headline linking to the article, with picture and standfirst when there is room. */
export function ArticleCard({
  article,
  variant = 'standard',
  headingLevel = 3,
  priority = false,
}: {
  article: ArticleSummary;
  variant?: Variant;
  headingLevel?: 2 | 3;
  priority?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  const image = variant !== 'compact' ? article.image : null;
  return (
    <article className={variant === 'lead' ? 'grid gap-4 md:grid-cols-5' : 'flex flex-col gap-2'}>
      {image && (
        <Link href={article.url} tabIndex={-1} aria-hidden className={variant === 'lead' ? 'md:col-span-3' : ''}>
          <Image
            src={image.src}
            alt=""
            width={image.width}
            height={image.height}
            priority={priority}
            sizes={variant === 'lead' ? '(min-width: 768px) 640px, 100vw' : '(min-width: 768px) 360px, 100vw'}
            className="aspect-video w-full rounded-sm object-cover"
          />
        </Link>
      )}
      <div className={variant === 'lead' ? 'md:col-span-2' : ''}>
        <p className="text-xs font-semibold uppercase tracking-wide text-accent">{article.section.name}</p>
        <Heading className={`font-serif font-bold ${headlineClass[variant]}`}>
          <Link href={article.url} className="hover:underline">
            {article.headline}
          </Link>
        </Heading>
        {variant !== 'compact' && article.standfirst && <p className="mt-2 text-muted">{article.standfirst}</p>}
        <p className="mt-1 text-xs text-muted">
          <DateText date={article.publishedAt} />
        </p>
      </div>
    </article>
  );
}
