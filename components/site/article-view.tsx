import Link from 'next/link';
import type { Article } from '@/lib/articles/types';
import { siteConfig } from '@/lib/config/site';
import { siteDay } from '@/lib/dates/format';
import { paths } from '@/lib/routes';
import { absoluteUrl } from '@/lib/seo/absolute-url';
import type { CommentOrder } from '@/lib/comments/schemas';
import { ArticleChangelog } from './article-changelog';
import { ArticleComments } from './article-comments';
import { Breadcrumb, type Crumb } from './breadcrumb';
import { Byline } from './byline';
import { DateText } from './date-text';
import { HeroFigure } from './hero-figure';
import { LiveBlog } from './live-blog';
import { MostRead } from './most-read';
import { NewsletterBox } from './newsletter-signup';
import { RelatedStories } from './related-stories';
import { ShareLinks } from './share-links';
import { ViewCounter } from './view-counter';

/** "Main » Section » Headline": the breadcrumb the page shows, and its structured data (article-json-ld.tsx). */
export function articleCrumbs(article: Article): Crumb[] {
  return [{ name: 'Main', url: paths.home() }, { name: article.section.name, url: article.section.url }, { name: article.headline }];
}

/**
 * An article as readers see it: one column about 70 characters wide (the body's measure), headline and standfirst,
 * byline with dates and reading time, share links, the lead picture, then the text; readers' comments in the
 * order `comments` names (on the story's own pages only).
 */
export function ArticleView({ article, liveFrom, comments }: { article: Article; liveFrom?: string; comments?: CommentOrder }) {
  return (
    <article className="article">
      <Breadcrumb crumbs={articleCrumbs(article)} />
      <header className="article-head">
        <p className="article-kicker">
          {article.liveState === 'live' && <span className="live-label">Live</span>}
          {article.section.name}
        </p>
        <h1 className="article-title">{article.headline}</h1>
        {article.standfirst && <p className="article-dek">{article.standfirst}</p>}
        <div className="article-meta">
          <Byline authors={article.authors} />
          <p className="text-muted">
            <Link href={paths.archive(siteDay(article.publishedAt, siteConfig().timeZone))} className="hover:underline">
              <DateText date={article.publishedAt} />
            </Link>
            {article.updatedAt && (
              <>
                {' · '}Updated <DateText date={article.updatedAt} format="dateTime" />
              </>
            )}
            {' · '}
            <span data-testid="reading-time">{article.readingMinutes} min read</span>
          </p>
          <ShareLinks url={article.seo.canonicalUrl || absoluteUrl(article.url)} title={article.headline} />
        </div>
      </header>
      {article.image && <HeroFigure image={article.image} />}
      {article.correction && (
        <aside role="note" aria-labelledby="correction-title" className="my-6 border-l-4 border-accent bg-surface px-4 py-3 text-base">
          <h2 id="correction-title" className="text-sm font-bold uppercase tracking-wide text-accent">
            Correction
          </h2>
          <p className="mt-1 whitespace-pre-line">{article.correction}</p>
        </aside>
      )}
      <div
        className="article-body prose"
        // Rendered from the stored document and sanitised with an allow-list in lib/articles/body.ts.
        dangerouslySetInnerHTML={{ __html: article.bodyHtml }}
      />
      {article.liveState && <LiveBlog article={article} from={liveFrom} />}
      <ArticleChangelog articleId={article.id} slug={article.slug} />
      {article.tags.length > 0 && (
        <ul aria-label="Topics" className="mt-8 flex flex-wrap gap-2">
          {article.tags.map((tag) => (
            <li key={tag.slug}>
              <Link href={tag.url} className="pill">
                {tag.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {comments && <ArticleComments slug={article.slug} storyPath={article.url} order={comments} />}
      <NewsletterBox />
      <RelatedStories articleId={article.id} headline={article.headline} />
      <MostRead className="mt-12" />
      <ViewCounter articleId={article.id} path={article.url} />
    </article>
  );
}
