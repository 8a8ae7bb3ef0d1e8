import { z } from 'zod';

/** The periods the dashboard's top lists cover, with their labels, in the order the page offers them. */
export const PERIODS = {
  now: 'Last 30 minutes',
  today: 'Today',
  yesterday: 'Yesterday',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
} as const;
export type Period = keyof typeof PERIODS;
export const DEFAULT_PERIOD: Period = 'today';

export const BAD_PERIOD = `The period must be one of ${Object.keys(PERIODS).join(', ')}.`;
export const periodSchema = z.enum(Object.keys(PERIODS) as [Period, ...Period[]], { message: BAD_PERIOD });

/** The tables behind the dashboard's charts and lists, each downloadable as CSV. */
export const INSIGHTS_TABLES = ['hourly', 'daily', 'top-stories', 'top-sections', 'story'] as const;
export type InsightsTable = (typeof INSIGHTS_TABLES)[number];

export const BAD_TABLE = `The table must be one of ${INSIGHTS_TABLES.join(', ')}.`;
export const BAD_STORY = 'Name the story with ?story=<its id>.';

/** A CSV download's address: /api/admin/insights/<table>?period=…&story=… */
export const csvQuerySchema = z.discriminatedUnion('table', [
  z.object({ table: z.enum(['hourly', 'daily']) }),
  z.object({ table: z.enum(['top-stories', 'top-sections']), period: periodSchema.default(DEFAULT_PERIOD) }),
  z.object({ table: z.literal('story'), story: z.string({ message: BAD_STORY }).regex(/^[A-Za-z0-9_-]{1,64}$/, BAD_STORY) }),
], { message: BAD_TABLE });
export type CsvQuery = z.infer<typeof csvQuerySchema>;
