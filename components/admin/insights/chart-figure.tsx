import type { DataTable } from '@/lib/analytics/insights-tables';
import { barChartSvg, type BarChartData } from './chart-svg';
import { CsvHeading } from './csv-heading';
import { DataTableView } from './data-table';

type Props = BarChartData & {
  id: string;
  title: string;
  /** What the chart shows, in a sentence: what a screen reader announces for the picture. */
  summary: string;
  table: DataTable;
  csvHref: string;
};

/**
 * A chart with its title, a one-sentence summary for screen readers, the table of its numbers (the accessible and
 * keyboard alternative: a disclosure, then an ordinary table) and a CSV download of that table.
 */
export function ChartFigure({ id, title, summary, table, csvHref, ...chart }: Props) {
  return (
    <figure aria-labelledby={`${id}-title`} data-chart={id} className="rounded border border-rule bg-paper p-4">
      <figcaption className="flex flex-wrap items-baseline justify-between gap-2">
        <CsvHeading id={`${id}-title`} title={title} csvHref={csvHref} />
      </figcaption>
      <div role="img" aria-label={summary} className="mt-3" dangerouslySetInnerHTML={{ __html: barChartSvg(chart) }} />
      <details className="mt-2">
        <summary className="cursor-pointer text-sm font-semibold">Show the numbers</summary>
        <DataTableView table={table} caption={title} className="mt-2" />
      </details>
    </figure>
  );
}
