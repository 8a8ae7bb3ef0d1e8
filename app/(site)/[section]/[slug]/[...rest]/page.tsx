import { NotFoundPage, notFoundMetadata } from '@/components/site/not-found-page';
import { BUILD_PLACEHOLDER, rejectBuildPlaceholder } from '@/lib/build-phase';
import { requestPath } from '@/lib/redirects/schemas';

// Every deeper address no other reader route takes ("/2019/05/16/old-story" from a former site): a 404, or the
// redirect an editor added for it. Without this route such addresses reach the global not-found page, which cannot
// know the address it answers for.

type Props = { params: Promise<{ section: string; slug: string; rest: string[] }> };

export function generateStaticParams() {
  return [{ section: BUILD_PLACEHOLDER, slug: BUILD_PLACEHOLDER, rest: [BUILD_PLACEHOLDER] }];
}

export const metadata = notFoundMetadata;

export default async function DeepAddressRoute({ params }: Props) {
  const { section, slug, rest } = await params;
  rejectBuildPlaceholder({ section, slug, rest: rest.join('/') });
  return <NotFoundPage path={requestPath(section, slug, ...rest)} />;
}
