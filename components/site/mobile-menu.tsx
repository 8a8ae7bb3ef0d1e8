import Link from 'next/link';
import { paths } from '@/lib/routes';
import { MenuDisclosure } from './menu-disclosure.client';

type SectionLink = { slug: string; name: string; url: string };

/**
 * The sections on a small screen: a <details> disclosure, so it opens and closes with a tap, Enter or Space
 * without any script, and screen readers announce it as expanded or collapsed. Hidden from md up, where the
 * header shows the sections in a row.
 */
export function MobileMenu({ sections }: { sections: SectionLink[] }) {
  return (
    <MenuDisclosure className="site-menu md:hidden">
      <summary className="menu-button">
        <span className="menu-open-label">Menu</span>
        <span className="menu-close-label">Close</span>
      </summary>
      <nav aria-label="Sections" className="menu-panel">
        <ul className="menu-list">
          <li>
            <Link href={paths.home()} className="menu-link">
              Front page
            </Link>
          </li>
          <li>
            <Link href={paths.latest()} className="menu-link">
              Latest news
            </Link>
          </li>
          {sections.map((section) => (
            <li key={section.slug}>
              <Link href={section.url} className="menu-link">
                {section.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </MenuDisclosure>
  );
}
