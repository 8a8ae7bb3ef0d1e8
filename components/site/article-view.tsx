import Link from 'next/link';
import type { Article } from '@/lib/articles/types';
import { paths } from '@/lib/routes';
import { Breadcrumb, type Crumb } from './breadcrumb';
import { Byline } from './byline';
import { DateText } from './date-text';
import { HeroFigure } from './hero-figure';
import { RelatedStories } from './related-stories';

/** "Main » Section » Headline": the breadcrumb the page shows, and its structured data (article-json-ld.tsx). */
export function articleCrumbs(article: Article): Crumb[] {
  return [{ name: 'Main', url: paths.home() }, { name: article.section.name, url: article.section.url }, { name: article.headline }];
}

/** An article as readers see it. */
export function ArticleView({ article }: { article: Article }) {
  return (
    <article className="mx-auto max-w-3xl pt-6">
      <Breadcrumb crumbs={articleCrumbs(article)} />
      <header className="mt-4">
        <h1 className="font-serif text-4xl font-bold leading-tight sm:text-5xl">{article.headline}</h1>
        {article.standfirst && <p className="mt-4 text-xl leading-relaxed text-muted">{article.standfirst}</p>}
        <div className="mt-4 border-y border-rule py-3 text-sm">
          <Byline authors={article.authors} />
          <p className="text-muted">
            <DateText date={article.publishedAt} />
            {article.updatedAt && (
              <>
                {' · '}Updated <DateText date={article.updatedAt} format="dateTime" />
              </>
            )}
            {' · '}
            {article.readingMinutes} min read
          </p>
        </div>
      </header>
      {article.image && <HeroFigure image={article.image} />}
      {article.correction && (
        <aside aria-label="Correction" className="my-6 border-l-4 border-accent bg-paper px-4 py-3 text-base">
          <p className="whitespace-pre-line">
            <strong>Correction: </strong>
            {article.correction}
          </p>
        </aside>
      )}
      <div
        className="prose prose-lg max-w-none font-serif prose-headings:font-serif prose-a:text-accent"
        // Rendered from the stored document and sanitised with an allow-list in lib/articles/body.ts.
        dangerouslySetInnerHTML={{ __html: article.bodyHtml }}
      />
      {article.tags.length > 0 && (
        <ul aria-label="Topics" className="mt-8 flex flex-wrap gap-2">
          {article.tags.map((tag) => (
            <li key={tag.slug}>
              <Link href={tag.url} className="inline-block rounded-full border border-rule px-3 py-1 text-sm hover:border-ink">
                {tag.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <RelatedStories articleId={article.id} headline={article.headline} />
    </article>
  );
}
