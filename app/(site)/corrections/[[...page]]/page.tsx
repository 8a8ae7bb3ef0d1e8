import { CorrectionsPage, correctionsMetadata } from '@/components/site/corrections-page';
import { pagedListRoute } from '@/components/site/paged-list-route';

// /corrections and /corrections/page/N.
const route = pagedListRoute('corrections', CorrectionsPage, correctionsMetadata);

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Route;
