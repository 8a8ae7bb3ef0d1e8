import type { InsightsTable, Period } from '@/lib/analytics/insights-schemas';

export const insightsPath = (period: Period) => `/admin/insights?period=${period}`;
export const storyInsightsPath = (id: string) => `/admin/insights/stories/${encodeURIComponent(id)}`;
export const csvPath = (table: InsightsTable, query: { period?: Period; story?: string } = {}) => {
  const search = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1])));
  return `/api/admin/insights/${table}${search.size ? `?${search}` : ''}`;
};
