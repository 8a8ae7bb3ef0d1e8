import type { Metadata } from 'next';
import {
  ArchiveDayPage,
  archiveMetadata,
  ArchiveMonthPage,
  ArchiveYearPage,
  ArchiveYearsPage,
  notFoundMetadata,
} from '@/components/site/archive-page';
import { NotFoundPage } from '@/components/site/not-found-page';
import { parseArchivePath } from '@/lib/archive/periods';
import { BUILD_PLACEHOLDER, rejectBuildPlaceholder } from '@/lib/build-phase';
import { requestPath } from '@/lib/redirects/schemas';

// Every archive address in one route (/archive, /archive/2019, /archive/2019/05[/page/N], /archive/2019/05/16[/page/N]):
// an optional catch-all has a build placeholder even for /archive itself, so `next build` needs no database and
// each page renders on its first request, then is served from the full-route cache until an archive tag changes.

type Props = { params: Promise<{ path?: string[] }> };

export function generateStaticParams() {
  return [{ path: [BUILD_PLACEHOLDER] }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { path = [] } = await params;
  rejectBuildPlaceholder({ first: path[0] ?? '' });
  const address = parseArchivePath(path);
  return address ? archiveMetadata(address.period, address.page) : notFoundMetadata;
}

export default async function ArchiveRoute({ params }: Props) {
  const { path = [] } = await params;
  rejectBuildPlaceholder({ first: path[0] ?? '' });
  const address = parseArchivePath(path);
  // Not an archive page: an editor's redirect from an imported old address (/archive/2019/05/old-story) still applies.
  if (!address) return <NotFoundPage path={requestPath('archive', ...path)} />;
  const { period, page } = address;
  switch (period?.kind) {
    case undefined:
      return <ArchiveYearsPage />;
    case 'year':
      return <ArchiveYearPage period={period} />;
    case 'month':
      return <ArchiveMonthPage period={period} page={page} />;
    case 'day':
      return <ArchiveDayPage period={period} page={page} />;
  }
}
