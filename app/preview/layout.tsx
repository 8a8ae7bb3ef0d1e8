import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { SiteChrome } from '@/components/site/site-chrome';

// Previews show unpublished work to one person: rendered per request, never cached, never indexed
// (next.config.js also sends X-Robots-Tag and Cache-Control: no-store for /preview).
export const instant = false;

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function PreviewLayout({ children }: { children: ReactNode }) {
  await connection();
  return <SiteChrome>{children}</SiteChrome>;
}
