// The CSV downloads of the dashboard's tables (GET /api/admin/insights/<table>).
import { stringify } from 'csv-stringify/sync';
import { dailyViews, hourlyViews, inScope, type InsightsScope, storyInsights, topSections, topStories } from './insights';
import type { CsvQuery } from './insights-schemas';
import { type Cell, dailyTable, type DataTable, hourlyTable, storyTable, topSectionsTable, topStoriesTable } from './insights-tables';

/** The table a download asks for, within the viewer's scope; null for a story that is not theirs or not there. */
export async function insightsTable(query: CsvQuery, scope: InsightsScope, now: Date, timeZone: string): Promise<DataTable | null> {
  switch (query.table) {
    case 'hourly':
      return hourlyTable(await hourlyViews(scope, now), timeZone);
    case 'daily':
      return dailyTable(await dailyViews(scope, now, timeZone));
    case 'top-stories':
      return topStoriesTable(await topStories(scope, query.period, now, timeZone), timeZone);
    case 'top-sections':
      return topSectionsTable(await topSections(scope, query.period, now, timeZone));
    case 'story': {
      const story = (await inScope(scope, query.story)) ? await storyInsights(query.story, now) : null;
      return story && storyTable(story, timeZone);
    }
  }
}

// A headline such as "=HYPERLINK(…)" is text, not a formula, when a spreadsheet opens the file (OWASP's CSV injection
// advice: such a cell starts with a quote).
const FORMULA_START = /^[=+\-@\t\r]/;
const safeCell = (cell: Cell) => (typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell);

/** RFC 4180 CSV with a header row, quoted where needed. */
export function toCsv(table: DataTable): string {
  return stringify([table.columns, ...table.rows.map((row) => row.map(safeCell))], { record_delimiter: 'windows' });
}
