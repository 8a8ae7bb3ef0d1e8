import type { ReactNode } from 'react';
import { siteConfig } from '@/lib/config/site';

/** The input style of the newsroom's public pages (sign-in, invitation, forgotten password). */
export const publicField = 'mt-1 w-full rounded border border-rule px-2 py-1.5 text-sm';

/** The frame of a newsroom page anyone may open: the site's name over the page's title, then the page. */
export function PublicAdminPage({ title, width = 'max-w-md', children }: { title: string; width?: 'max-w-sm' | 'max-w-md'; children: ReactNode }) {
  return (
    <main id="content" className={`mx-auto ${width} px-4 py-16`}>
      <p className="font-serif text-2xl font-bold">{siteConfig().name}</p>
      <h1 className="mt-2 text-xl font-semibold">{title}</h1>
      {children}
    </main>
  );
}
