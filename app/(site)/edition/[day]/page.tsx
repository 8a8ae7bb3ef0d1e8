import type { Metadata } from 'next';
import { Homepage } from '@/components/site/homepage';
import { JsonLd } from '@/components/site/json-ld';
import { NotFoundPage } from '@/components/site/not-found-page';
import { BUILD_PLACEHOLDER, rejectBuildPlaceholder } from '@/lib/build-phase';
import { siteConfig } from '@/lib/config/site';
import { startOfSiteDay } from '@/lib/dates/format';
import { withFeedLinks } from '@/lib/feeds/links';
import { homeMetadata } from '@/lib/seo/metadata';
import { organizationJsonLd, websiteJsonLd } from '@/lib/seo/structured-data';

// The homepage. proxy.ts rewrites "/" here with today's date in the site's time zone, so each day's edition is
// its own cache entry: the masthead shows the new date from the first request after midnight while the page
// itself stays fully cached.

type Props = { params: Promise<{ day: string }> };

export function generateStaticParams() {
  return [{ day: BUILD_PLACEHOLDER }];
}

export function generateMetadata(): Metadata {
  return withFeedLinks(homeMetadata(), 'site');
}

export default async function HomeRoute({ params }: Props) {
  const p = await params;
  rejectBuildPlaceholder(p);
  if (!startOfSiteDay(p.day, siteConfig().timeZone)) return <NotFoundPage />;
  return (
    <>
      <Homepage day={p.day} />
      <JsonLd data={websiteJsonLd()} />
      <JsonLd data={organizationJsonLd()} />
    </>
  );
}
