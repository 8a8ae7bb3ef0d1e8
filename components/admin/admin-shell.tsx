import Link from 'next/link';
import type { ReactNode } from 'react';
import { signOutAction } from '@/app/admin/actions';
import { can, ROLE_LABELS, type Permission } from '@/lib/auth/roles';
import type { Viewer } from '@/lib/auth/session';
import { siteConfig } from '@/lib/config/site';
import { SignOutButton } from './sign-out-button.client';

const NAV: { href: string; label: string; permission: Permission }[] = [
  { href: '/admin', label: 'Dashboard', permission: 'admin:enter' },
  { href: '/admin/articles', label: 'Articles', permission: 'articles:write-own' },
  { href: '/admin/media', label: 'Media', permission: 'articles:write-own' },
  { href: '/admin/insights', label: 'Insights', permission: 'insights:read-own' },
  { href: '/admin/sections', label: 'Sections', permission: 'sections:manage' },
  { href: '/admin/tags', label: 'Tags', permission: 'tags:manage' },
  { href: '/admin/authors', label: 'Authors', permission: 'authors:manage' },
  { href: '/admin/homepage', label: 'Homepage', permission: 'homepage:curate' },
  { href: '/admin/comments', label: 'Comments', permission: 'comments:moderate' },
  { href: '/admin/redirects', label: 'Redirects', permission: 'articles:edit-any' },
  { href: '/admin/newsletters', label: 'Newsletters', permission: 'newsletters:manage' },
  { href: '/admin/subscribers', label: 'Subscribers', permission: 'subscribers:manage' },
  { href: '/admin/users', label: 'Users', permission: 'users:manage' },
  { href: '/admin/audit', label: 'Audit log', permission: 'audit:read' },
  { href: '/admin/import', label: 'Import & export', permission: 'content:transfer' },
  { href: '/admin/profile', label: 'My profile', permission: 'profile:edit' },
];

/** The newsroom frame: navigation limited to what the viewer's role may use, and who is signed in. */
export function AdminShell({ viewer, title, children }: { viewer: Viewer; title: string; children: ReactNode }) {
  return (
    <div className="min-h-screen">
      <header className="border-b border-rule bg-paper">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/admin" className="font-serif text-xl font-bold">
            {siteConfig().name} newsroom
          </Link>
          <nav aria-label="Newsroom" className="flex-1">
            <ul className="flex flex-wrap gap-x-4 text-sm font-semibold">
              {NAV.filter((item) => can(viewer.role, item.permission)).map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="hover:underline">
                    {item.label}
                  </Link>
                </li>
              ))}
              <li>
                <Link href="/" className="text-muted hover:underline">
                  View site
                </Link>
              </li>
            </ul>
          </nav>
          <div className="flex items-center gap-3 text-sm">
            <span data-testid="signed-in-user">
              <strong>{viewer.name}</strong> · {ROLE_LABELS[viewer.role]}
            </span>
            <SignOutButton action={signOutAction} />
          </div>
        </div>
      </header>
      <main id="content" className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="font-serif text-3xl font-bold">{title}</h1>
        <div className="mt-6">{children}</div>
      </main>
    </div>
  );
}
