import type { Metadata } from 'next';

// Page metadata helpers; canonical URLs become absolute through metadataBase (SITE_URL) in the root layout.

export function listMetadata(title: string, description: string, canonical: string, page: number): Metadata {
  return {
    title: page > 1 ? `${title} – page ${page}` : title,
    description,
    alternates: { canonical },
  };
}
