import { connection } from 'next/server';
import { notFound } from 'next/navigation';

/** A route param that `generateStaticParams` returns so `next build` succeeds; pages answer it with 404. */
export const BUILD_PLACEHOLDER = '_build';

export const isBuildPlaceholder = (value: string) => value === BUILD_PLACEHOLDER;

/**
 * `next build` runs with no database. The only reader pages it prerenders are the placeholder routes (404s that
 * readers never reach), so the site's chrome shows nothing from the database there.
 */
export const isBuildPhase = () => process.env.NEXT_PHASE === 'phase-production-build';

/**
 * For the one page prerendered at build that readers do reach (the global 404): at build time the content below
 * this call becomes a request-time hole instead of build-time data baked into the page; at run time it does nothing.
 */
export async function deferDuringBuild() {
  if (isBuildPhase()) await connection();
}

/** Placeholder params answer 404 at once, before any database call (they exist only so `next build` succeeds). */
export function rejectBuildPlaceholder(params: Record<string, string>) {
  if (Object.values(params).some(isBuildPlaceholder)) notFound();
}
