import { type InsightsScope, insightsScope } from '@/lib/analytics/insights';
import { insightsTable, toCsv } from '@/lib/analytics/insights-csv';
import { csvQuerySchema } from '@/lib/analytics/insights-schemas';
import { can } from '@/lib/auth/roles';
import { getViewer } from '@/lib/auth/session';
import { siteConfig } from '@/lib/config/site';
import { NOT_ALLOWED, NOT_SIGNED_IN } from '@/lib/forms/result';

const NO_SUCH_STORY = 'No story of yours has that id.';

/** The table behind one of the dashboard's charts or lists, as a CSV file (the same rows the page shows). */
export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ ok: false, message: NOT_SIGNED_IN }, { status: 401 });
  if (!can(viewer.role, 'insights:read-own')) return Response.json({ ok: false, message: NOT_ALLOWED }, { status: 403 });
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = csvQuerySchema.safeParse({ ...search, table: (await params).table });
  if (!parsed.success) return Response.json({ ok: false, message: parsed.error.issues[0]?.message }, { status: 400 });
  const scope: InsightsScope = insightsScope(viewer);
  const { timeZone } = siteConfig();
  const now = new Date();
  const table = await insightsTable(parsed.data, scope, now, timeZone);
  if (!table) return Response.json({ ok: false, message: NO_SUCH_STORY }, { status: 404 });
  const query = parsed.data;
  const detail = 'period' in query ? `-${query.period}` : 'story' in query ? `-${query.story}` : '';
  return new Response(toCsv(table), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="dateline-${query.table}${detail}-${now.toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
