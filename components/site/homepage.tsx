import Link from 'next/link';
import { getHomepage } from '@/lib/articles/queries';
import { ArticleCard } from './article-card';
import { LatestNews } from './latest-news';
import { Masthead } from './masthead';

/** The homepage of one day's edition: masthead, lead and featured stories, latest news, a block per section. */
export async function Homepage({ day }: { day: string }) {
  const { lead, featured, latest, sections } = await getHomepage();
  return (
    <>
      <Masthead day={day} />
      <div className="mt-8 grid gap-10 lg:grid-cols-3">
        <div className="lg:col-span-2">
          {lead ? (
            <section aria-label="Top story">
              <ArticleCard article={lead} variant="lead" headingLevel={2} priority />
            </section>
          ) : (
            <p className="text-muted">No stories have been published yet.</p>
          )}
          {featured.length > 0 && (
            <section aria-labelledby="featured-stories" className="mt-10 border-t-4 border-ink pt-3">
              <h2 id="featured-stories" className="font-serif text-xl font-bold">
                Featured
              </h2>
              <ul className="mt-4 grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
                {featured.map((article) => (
                  <li key={article.id}>
                    <ArticleCard article={article} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <LatestNews articles={latest} />
      </div>
      {sections.map(({ section, articles }) => (
        <section key={section.slug} aria-labelledby={`block-${section.slug}`} className="mt-12 border-t-4 border-ink pt-3">
          <h2 id={`block-${section.slug}`} className="font-serif text-2xl font-bold">
            <Link href={section.url} className="hover:underline">
              {section.name}
            </Link>
          </h2>
          <ul className="mt-4 grid gap-8 sm:grid-cols-2 lg:grid-cols-4">
            {articles.map((article) => (
              <li key={article.id}>
                <ArticleCard article={article} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
