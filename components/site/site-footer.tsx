import Link from 'next/link';
import { siteConfig } from '@/lib/config/site';

export function SiteFooter() {
  const site = siteConfig();
  return (
    <footer className="border-t border-rule bg-white/60">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-muted sm:flex-row sm:justify-between sm:px-6">
        <p>
          <Link href="/" className="font-serif text-base font-bold text-ink">
            {site.name}
          </Link>{' '}
          — {site.description}
        </p>
        <p>All stories and people on this site are fictional.</p>
      </div>
    </footer>
  );
}
