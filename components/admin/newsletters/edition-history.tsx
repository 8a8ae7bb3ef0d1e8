import { formatDateTime } from '@/lib/dates/format';
import type { EditionOutcome } from '@/lib/newsletters/desk';

const STATUS = { queued: 'Sending', sent: 'Sent', skipped: 'Skipped: no stories' } as Record<string, string>;
const OUTCOMES = [
  ['sent', 'delivered'],
  ['pending', 'waiting'],
  ['sending', 'in flight'],
  ['failed', 'failed'],
  ['bounced', 'bounced'],
  ['skipped', 'left since'],
  ['interrupted', 'interrupted'],
] as const;

/** The last editions and what became of each one's deliveries. */
export function EditionHistory({ editions, timeZone }: { editions: EditionOutcome[]; timeZone: string }) {
  return (
    <section aria-labelledby="recent-editions" className="mt-10">
      <h2 id="recent-editions" className="font-serif text-xl font-bold">
        Recent editions
      </h2>
      {editions.length === 0 ? (
        <p className="mt-2 text-sm text-muted">No edition has gone out yet.</p>
      ) : (
        <table className="mt-3 w-full text-left text-sm">
          <thead>
            <tr className="border-b border-rule">
              <th scope="col" className="py-2 pr-3">Edition</th>
              <th scope="col" className="py-2 pr-3">Time</th>
              <th scope="col" className="py-2 pr-3">Status</th>
              <th scope="col" className="py-2">Deliveries</th>
            </tr>
          </thead>
          <tbody>
            {editions.map((e) => (
              <tr key={e.key} className="border-b border-rule align-top">
                <td className="py-2 pr-3">{e.subject}</td>
                <td className="py-2 pr-3">{formatDateTime(e.sendAt, timeZone)}</td>
                <td className="py-2 pr-3">{STATUS[e.status] ?? e.status}</td>
                <td className="py-2">
                  {OUTCOMES.filter(([status]) => e.counts[status])
                    .map(([status, label]) => `${e.counts[status]} ${label}`)
                    .join(' · ') || 'none'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
