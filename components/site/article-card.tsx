import Link from 'next/link';
import type { ArticleSummary } from '@/lib/articles/types';
import { DateText } from './date-text';
import { ResponsiveImage } from './responsive-image';

type Variant = 'lead' | 'standard' | 'compact';

// Standard and compact cards repeat down a page, so their classes are named once in app/globals.css (each class is
// sent twice: in the HTML and in React's payload); the lead, one a page, keeps its utilities.
const headlineClass: Record<Variant, string> = {
  lead: 'font-serif font-bold text-3xl leading-[1.1] sm:text-4xl lg:text-5xl',
  standard: 'story-title',
  compact: 'story-title-sm',
};

/** What the picture occupies at each width, so the browser fetches no more pixels than it shows. */
const defaultSizes: Record<Variant, string> = {
  lead: '(min-width: 1152px) 736px, (min-width: 1024px) 64vw, 100vw',
  standard: '(min-width: 1024px) 360px, (min-width: 640px) 50vw, 112px',
  compact: '',
};

/**
 * A story in a list: section, headline linking to the article, with picture and standfirst when there is room.
 * A standard card puts a thumbnail beside the headline on a phone and the picture above it from `sm` up.
 */
export function ArticleCard({
  article,
  variant = 'standard',
  headingLevel = 3,
  priority = false,
  sizes,
  showSection = true,
}: {
  article: ArticleSummary;
  variant?: Variant;
  headingLevel?: 2 | 3;
  priority?: boolean;
  sizes?: string;
  /** Off where the list is one section's (a homepage section block): the label would repeat its heading. */
  showSection?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  const image = variant !== 'compact' ? article.image : null;
  const lead = variant === 'lead';
  const text = (
    <>
      {(showSection || article.liveState === 'live') && (
        <p className="kicker">
          {article.liveState === 'live' && <span className="live-label mr-2">Live</span>}
          {showSection && article.section.name}
        </p>
      )}
      <Heading className={headlineClass[variant]}>
        <Link href={article.url}>{article.headline}</Link>
      </Heading>
      {variant !== 'compact' && article.standfirst && (
        <p className={lead ? 'mt-3 text-lg leading-relaxed text-muted' : 'story-dek'}>{article.standfirst}</p>
      )}
      <p className="story-meta">
        {lead && article.authors.length > 0 && <>By {article.authors.map((a) => a.name).join(', ')} · </>}
        <DateText date={article.publishedAt} />
        {article.comments ? <> · {article.comments === 1 ? '1 comment' : `${article.comments.toLocaleString('en-GB')} comments`}</> : null}
      </p>
    </>
  );
  // A card without a picture is its text alone: the wrapper that sets the text beside a picture would be sent for
  // nothing (twice, in the HTML and in React's payload), as would a class on each headline's link, which
  // app/globals.css styles and stretches over the card (so the picture needs no link of its own: one link a story).
  if (!image && !lead) return <article className="story-text">{text}</article>;
  return (
    <article className={lead ? 'story-lead' : 'story'}>
      {image && (
        <ResponsiveImage
          image={image}
          kind={lead ? 'lead' : 'card'}
          alt=""
          sizes={sizes ?? defaultSizes[variant]}
          priority={priority}
          className={lead ? 'w-full bg-surface object-cover aspect-video text-transparent' : undefined}
        />
      )}
      <div>{text}</div>
    </article>
  );
}
