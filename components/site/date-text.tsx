import { siteConfig } from '@/lib/config/site';
import { formatClock, formatDateTime, formatLongDate } from '@/lib/dates/format';

const formats = { date: formatLongDate, dateTime: formatDateTime, clock: formatClock } as const;

/** A date in the site's time zone inside a machine-readable <time>. */
export function DateText({ date, format = 'date', className }: { date: Date; format?: keyof typeof formats; className?: string }) {
  return (
    // No className prop at all when none is given: React's payload would carry `"className":"$undefined"`.
    <time dateTime={date.toISOString()} {...(className ? { className } : {})}>
      {formats[format](date, siteConfig().timeZone)}
    </time>
  );
}
