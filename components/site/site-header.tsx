import Link from 'next/link';
import { isBuildPhase } from '@/lib/build-phase';
import { siteConfig } from '@/lib/config/site';
import { getSections } from '@/lib/sections/queries';
import { MobileMenu } from './mobile-menu';
import { SiteSearch } from './site-search';

/** The bar on every reader page: the site's name, search, the sections (a disclosure menu on small screens). */
export function SiteHeader() {
  const site = siteConfig();
  return (
    <header className="relative border-b-4 border-double border-ink bg-paper print:hidden" data-print="hide">
      <div className="site-bar">
        <Link href="/" className="py-1 font-serif text-3xl font-bold tracking-tight">
          {site.name}
        </Link>
        {/* A phone puts the search box on a line of its own, as wide as the screen (app/globals.css). */}
        <div className="site-search">
          <SiteSearch />
        </div>
        <MobileSections />
      </div>
      <DesktopSections />
    </header>
  );
}

async function sectionLinks() {
  return isBuildPhase() ? [] : await getSections();
}

async function MobileSections() {
  return <MobileMenu sections={await sectionLinks()} />;
}

async function DesktopSections() {
  const sections = await sectionLinks();
  return (
    <nav aria-label="Sections" className="hidden border-t border-rule md:block">
      <ul className="nav-list">
        {sections.map((section) => (
          <li key={section.slug}>
            <Link href={section.url} className="nav-link">
              {section.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
