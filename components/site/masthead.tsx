import { siteConfig } from '@/lib/config/site';
import { formatMastheadDate, startOfSiteDay } from '@/lib/dates/format';

/** The homepage nameplate: the site's name and the edition's day ("2019-07-22") written out in the site's zone. */
export function Masthead({ day }: { day: string }) {
  const site = siteConfig();
  const start = startOfSiteDay(day, site.timeZone) ?? new Date();
  return (
    <div className="border-b-4 border-double border-ink py-6 text-center">
      <h1 className="font-serif text-5xl font-black tracking-tight sm:text-6xl">{site.name}</h1>
      <p className="mt-2 text-sm font-semibold uppercase tracking-widest text-muted">
        <time dateTime={day} data-testid="masthead-date">
          {formatMastheadDate(start, site.timeZone)}
        </time>
      </p>
    </div>
  );
}
