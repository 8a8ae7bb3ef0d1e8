import { LatestPage, latestPageMetadata } from '@/components/site/latest-page';
import { pagedListRoute } from '@/components/site/paged-list-route';

// /latest and /latest/page/N: every story, newest first.
const route = pagedListRoute('latest', LatestPage, latestPageMetadata);

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Route;
