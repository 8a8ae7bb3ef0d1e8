import Link from 'next/link';
import { isBuildPhase } from '@/lib/build-phase';
import { siteConfig } from '@/lib/config/site';
import { formatMastheadDate, startOfSiteDay } from '@/lib/dates/format';
import { getSiteToday } from '@/lib/dates/site-today';
import { getSections } from '@/lib/sections/queries';
import { MobileMenu } from './mobile-menu';
import { SiteSearch } from './site-search';

/**
 * The head of every reader page: the day's date, then a bar with the site's name, search and the sections (a
 * disclosure menu on small screens).
 */
export function SiteHeader() {
  const site = siteConfig();
  return (
    <header className="site-head" data-print="hide">
      <Today />
      <div className="site-bar">
        <Link href="/" className="site-name">
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

/** "Monday, 22 July 2019": today in the site's time zone. The homepage's masthead shows its own (app/globals.css). */
async function Today() {
  if (isBuildPhase()) return null;
  const { timeZone } = siteConfig();
  const day = await getSiteToday();
  return (
    <p className="site-dateline">
      <time dateTime={day} data-testid="site-date">
        {formatMastheadDate(startOfSiteDay(day, timeZone) ?? new Date(), timeZone)}
      </time>
    </p>
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
    <nav aria-label="Sections" className="site-nav">
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
