import { type FieldDiff, TOO_DIFFERENT } from '@/lib/articles/revision-diff';

/**
 * A readable word diff per field: removed words struck through in red, added words underlined in green. A field
 * whose versions are too different to compare word by word says so instead.
 */
export function RevisionDiff({ diff }: { diff: FieldDiff[] }) {
  if (diff.length === 0) return <p className="mt-2 text-sm text-muted">These two versions are the same.</p>;
  return (
    <dl className="mt-3 space-y-4" data-testid="revision-diff">
      {diff.map((field) => (
        <div key={field.field}>
          <dt className="text-sm font-semibold">{field.label}</dt>
          {field.parts === null ? (
            <dd className="mt-1 rounded border border-rule bg-white p-3 text-sm text-muted">{TOO_DIFFERENT}</dd>
          ) : (
            <dd className="mt-1 whitespace-pre-wrap rounded border border-rule bg-white p-3 font-serif">
              {field.parts.map((part, i) =>
                part.added ? (
                  <ins key={i} className="bg-green-100 text-green-900">
                    {part.value}
                  </ins>
                ) : part.removed ? (
                  <del key={i} className="bg-red-100 text-red-900">
                    {part.value}
                  </del>
                ) : (
                  <span key={i}>{part.value}</span>
                ),
              )}
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
