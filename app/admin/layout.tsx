import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { DatabaseUnavailable } from '@/components/admin/database-unavailable';
import { databaseReachable } from '@/lib/db/availability';

// The newsroom's pages depend on who is signed in: rendered per request, never cached, never indexed. Waiting
// for the request here (no static shell is sent ahead) lets a page still answer 403 or redirect to sign-in.
export const instant = false;

export const metadata: Metadata = {
  title: { default: 'Newsroom', template: '%s · Newsroom' },
  robots: { index: false, follow: false },
};

export default async function AdminLayout({ children }: { children: ReactNode }) {
  await connection();
  // Every newsroom page reads the database (the session first): when it does not answer, say so plainly.
  const reachable = await databaseReachable();
  return <div className="min-h-screen bg-white text-ink">{reachable ? children : <DatabaseUnavailable />}</div>;
}
