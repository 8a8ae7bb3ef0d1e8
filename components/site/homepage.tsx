import Link from 'next/link';
import { getHomepage } from '@/lib/articles/queries';
import { ArticleCard } from './article-card';
import { LatestNews } from './latest-news';
import { Masthead } from './masthead';
import { MostRead } from './most-read';
import { NewsletterBox } from './newsletter-signup';

/** The homepage of one day's edition: masthead, lead and featured stories, latest news, a block per section. */
export async function Homepage({ day }: { day: string }) {
  const { lead, featured, latest, sections } = await getHomepage();
  return (
    <>
      <Masthead day={day} />
      <div className="mt-6 grid gap-x-8 gap-y-12 lg:grid-cols-12">
        <div className="lg:col-span-8 lg:border-r lg:border-rule lg:pr-8">
          {lead ? (
            <section aria-label="Top story">
              <ArticleCard article={lead} variant="lead" headingLevel={2} priority />
            </section>
          ) : (
            <p className="text-muted">No stories have been published yet.</p>
          )}
          {featured.length > 0 && (
            <section aria-labelledby="featured-stories" className="mt-10 border-t-4 border-ink pt-3">
              <h2 id="featured-stories" className="font-serif text-2xl font-bold">
                Featured
              </h2>
              <ul className={storyGrid('lg:grid-cols-3')}>
                {featured.map((article) => (
                  <li key={article.id} className={storyCell}>
                    <ArticleCard article={article} sizes="(min-width: 1024px) 232px, (min-width: 640px) 50vw, 112px" />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <div className="space-y-10 lg:col-span-4">
          <LatestNews articles={latest} more />
          <MostRead />
          <NewsletterBox />
        </div>
      </div>
      {sections.map(({ section, articles }) => (
        <section key={section.slug} aria-labelledby={`block-${section.slug}`} className="mt-12 border-t-4 border-ink pt-3">
          <div className="block-head">
            <h2 id={`block-${section.slug}`} className="font-serif text-2xl font-bold">
              <Link href={section.url} className="hover:underline">
                {section.name}
              </Link>
            </h2>
            <Link href={section.url} className="more-link">
              More {section.name} <span aria-hidden="true">→</span>
            </Link>
          </div>
          <ul className={storyGrid('lg:grid-cols-4')}>
            {articles.map((article) => (
              <li key={article.id} className={storyCell}>
                <ArticleCard article={article} showSection={false} sizes="(min-width: 1024px) 256px, (min-width: 640px) 50vw, 112px" />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** Stories in a grid from `sm` up; on a phone, one under another between hairlines (app/globals.css). */
const storyGrid = (columns: string) => `story-grid mt-4 gap-x-6 sm:gap-y-8 ${columns}`;
const storyCell = 'story-cell';
