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
    <section aria-labelledby="most-read" className={`ranks ${className}`}>
      <h2 id="most-read">Most read</h2>
      <p className="rank-meta">{window === '24h' ? 'In the last 24 hours' : 'In the last 7 days'}</p>
      <ol>
        {/* Keyed by place: the list is rendered whole on the server, and a story's id is 25 characters sent twice. */}
        {items.map((item, index) => (
          <li key={index}>
            <span aria-hidden="true">{index + 1}</span>
            <div>
              <Link href={item.url}>{item.headline}</Link>
              <p className="rank-meta">{item.section.name}</p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
