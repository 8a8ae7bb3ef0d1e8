import Link from 'next/link';
import { isBuildPhase } from '@/lib/build-phase';
import { siteConfig } from '@/lib/config/site';
import { getSections } from '@/lib/sections/queries';

export function SiteHeader() {
  const site = siteConfig();
  return (
    <header className="border-b border-ink">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="font-serif text-2xl font-bold tracking-tight">
          {site.name}
        </Link>
        <SectionNav />
      </div>
    </header>
  );
}

async function SectionNav() {
  const sections = isBuildPhase() ? [] : await getSections();
  return (
    <nav aria-label="Sections" className="flex-1">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-semibold uppercase tracking-wide">
        {sections.map((section) => (
          <li key={section.slug}>
            <Link href={section.url} className="hover:text-accent hover:underline">
              {section.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
