import type { Metadata } from 'next';
import { connection } from 'next/server';
import { SearchPage } from '@/components/site/search-page';
import { parseSearchParams } from '@/lib/search/params';
import { searchMetadata } from '@/lib/seo/metadata';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchMetadata(parseSearchParams(await searchParams).params.q);
}

export default async function SearchRoute({ searchParams }: Props) {
  const params = await searchParams;
  // Results are of this moment (a story scheduled for this minute is found now): render at request time.
  await connection();
  return <SearchPage request={parseSearchParams(params)} />;
}
