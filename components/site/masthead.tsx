import { siteConfig } from '@/lib/config/site';
import { formatMastheadDate, startOfSiteDay } from '@/lib/dates/format';

/** The homepage nameplate: the site's name and the edition's day ("2019-07-22") written out in the site's zone. */
export function Masthead({ day }: { day: string }) {
  const site = siteConfig();
  const start = startOfSiteDay(day, site.timeZone) ?? new Date();
  return (
    <div className="pt-6 text-center sm:pt-10" data-masthead>
      <h1 className="font-serif text-6xl leading-none font-bold tracking-tight sm:text-7xl lg:text-8xl">{site.name}</h1>
      <div className="mt-4 flex flex-col items-center gap-1 border-y-2 border-ink py-2 text-xs font-semibold uppercase tracking-widest sm:flex-row sm:justify-between">
        <time dateTime={day} data-testid="masthead-date">
          {formatMastheadDate(start, site.timeZone)}
        </time>
        <p className="text-muted normal-case tracking-normal sm:text-sm">{site.description}</p>
      </div>
    </div>
  );
}
