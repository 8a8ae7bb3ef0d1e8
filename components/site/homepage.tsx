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
            <section aria-labelledby="featured-stories" className="home-featured">
              <h2 id="featured-stories">Featured</h2>
              <ul className="story-grid home-grid-3">
                {featured.map((article, index) => (
                  <li key={index}>
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
        <section key={section.slug} aria-labelledby={`block-${section.slug}`} className="home-block">
          <div className="block-head">
            <h2 id={`block-${section.slug}`}>
              <Link href={section.url}>{section.name}</Link>
            </h2>
            <Link href={section.url} className="more-link">
              More {section.name} <span aria-hidden="true">→</span>
            </Link>
          </div>
          {/* The section's newest story with its picture and standfirst, the next ones as headlines beside it: as a
              printed page sets a section, and a picture a block instead of four (each costs its addresses twice,
              in the HTML and in React's payload). Keyed by place: the blocks are rendered whole on the server. */}
          <ul className="story-grid home-block-stories">
            {articles.map((article, index) => (
              <li key={index}>
                {index === 0 ? (
                  <ArticleCard article={article} showSection={false} sizes="(min-width: 1024px) 536px, (min-width: 640px) 50vw, 112px" />
                ) : (
                  <ArticleCard article={article} variant="compact" showSection={false} />
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
