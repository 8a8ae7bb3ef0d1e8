import Link from 'next/link';
import { getMostRead } from '@/lib/analytics/most-read';
import { isBuildPhase } from '@/lib/build-phase';

/**
 * "Most read": the stories readers opened most in the last 24 hours (the last 7 days when few were read today).
 * Cached on its own (lib/analytics/most-read.ts), so the page around it stays cached too.
 */
export async function MostRead({ className = '' }: { className?: string }) {
  const { window, items } = isBuildPhase() ? { window: '24h' as const, items: [] } : await getMostRead();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="most-read" className={`border-t-4 border-ink pt-3 ${className}`}>
      <h2 id="most-read" className="font-serif text-xl font-bold">
        Most read
      </h2>
      <p className="text-xs text-muted">{window === '24h' ? 'In the last 24 hours' : 'In the last 7 days'}</p>
      <ol className="mt-3 divide-y divide-rule">
        {items.map((item, index) => (
          <li key={item.id} className="flex gap-3 py-2">
            <span aria-hidden="true" className="w-6 shrink-0 font-serif text-2xl font-bold leading-none text-accent">
              {index + 1}
            </span>
            <div>
              <Link href={item.url} className="font-serif font-semibold leading-snug hover:underline">
                {item.headline}
              </Link>
              <p className="text-xs text-muted">{item.section.name}</p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
