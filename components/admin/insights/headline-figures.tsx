import type { Headline } from '@/lib/analytics/insights';

/** "+12 %" against yesterday, or nothing to compare with. */
function change({ today, yesterdaySameTime }: Headline): string {
  if (yesterdaySameTime === 0) return today === 0 ? 'no views yet either day' : 'none by this time yesterday';
  const percent = Math.round(((today - yesterdaySameTime) / yesterdaySameTime) * 100);
  return `${percent > 0 ? '+' : percent < 0 ? '−' : '±'}${Math.abs(percent)} % on yesterday`;
}

/** Views now, today so far, and the same time yesterday. */
export function HeadlineFigures({ figures }: { figures: Headline }) {
  const items = [
    { id: 'now', label: 'Views in the last 30 minutes', value: figures.now, note: '' },
    { id: 'today', label: 'Views today so far', value: figures.today, note: change(figures) },
    { id: 'yesterday', label: 'By this time yesterday', value: figures.yesterdaySameTime, note: '' },
  ];
  return (
    <dl className="grid gap-4 sm:grid-cols-3">
      {items.map((item) => (
        <div key={item.id} className="rounded border border-rule bg-surface p-4" data-figure={item.id}>
          <dt className="text-sm text-muted">{item.label}</dt>
          <dd className="font-serif text-3xl font-bold tabular-nums">{item.value.toLocaleString('en-GB')}</dd>
          {item.note ? <dd className="text-sm text-muted">{item.note}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
