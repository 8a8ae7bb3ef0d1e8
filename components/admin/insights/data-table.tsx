import type { DataTable } from '@/lib/analytics/insights-tables';

const formatCell = (cell: string | number) => (typeof cell === 'number' ? cell.toLocaleString('en-GB') : cell);

/** A table behind a chart or list, numbers right-aligned and grouped for reading. */
export function DataTableView({ table, caption, className = '' }: { table: DataTable; caption: string; className?: string }) {
  return (
    <table className={`w-full text-left text-sm ${className}`}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-ink">
          {table.columns.map((column) => (
            <th key={column} scope="col" className="py-1 pr-3">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i} className="border-b border-rule">
            {row.map((cell, j) => (
              <td key={j} className={`py-1 pr-3 ${typeof cell === 'number' ? 'text-right tabular-nums' : ''}`}>
                {formatCell(cell)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
