import Link from 'next/link';
import { siteConfig } from '@/lib/config/site';
import { feedPath } from '@/lib/feeds/links';
import { paths } from '@/lib/routes';

export function SiteFooter() {
  const site = siteConfig();
  return (
    <footer className="site-foot" data-print="hide">
      <div className="footer-grid">
        <div>
          <Link href="/" className="foot-name">
            {site.name}
          </Link>
          <p className="mt-2 max-w-xs">{site.description}</p>
        </div>
        <nav aria-label="More from the site">
          <ul className="foot-links">
            <li>
              <Link href={paths.latest()} className="footer-link">
                Latest news
              </Link>
            </li>
            <li>
              <Link href={paths.archive()} className="footer-link">
                Archive
              </Link>
            </li>
            <li>
              <Link href={paths.corrections()} className="footer-link">
                Corrections
              </Link>
            </li>
            <li>
              <Link href="/newsletters" className="footer-link">
                Newsletters
              </Link>
            </li>
            <li>
              <Link href="/privacy" className="footer-link">
                Privacy
              </Link>
            </li>
            <li>
              <a href={feedPath({ kind: 'site', slug: null }, 'rss')} className="footer-link">
                RSS feed
              </a>
            </li>
          </ul>
        </nav>
        <p>All stories and people on this site are fictional.</p>
      </div>
    </footer>
  );
}
