// The search page's address: `/search?q=…&section=…&author=…&from=YYYY-MM-DD&to=YYYY-MM-DD&page=2`. Every value
// comes from the reader, so each is checked here; one that does not parse is ignored with a notice on the page,
// never a failure.
import { z } from 'zod';
import { siteConfig } from '@/lib/config/site';
import { addDaysToDay, startOfSiteDay } from '@/lib/dates/format';
import { isSlug } from '@/lib/text/slug';
import { MAX_QUERY_LENGTH, normaliseQuery } from './terms';

export const SEARCH_PATH = '/search';

/** The address fields a reader can set, as given (after checking). */
export type SearchParams = {
  q: string;
  section?: string;
  author?: string;
  from?: string;
  to?: string;
  page: number;
};

/** What the page searches for: the checked address, the date range as instants, and what was ignored and why. */
export type SearchRequest = {
  params: SearchParams;
  /** Start of `from` and end of `to` in the site's time zone (the end is the next day's start, exclusive). */
  range: { from?: Date; until?: Date };
  /** The query was longer than MAX_QUERY_LENGTH and was cut. */
  truncated: boolean;
  notices: string[];
};

export const SEARCH_MESSAGES = {
  truncated: `Searches use the first ${MAX_QUERY_LENGTH} characters; the rest of your query was left out.`,
  badSection: 'That section filter was not understood, so all sections are searched.',
  badAuthor: 'That author filter was not understood, so all authors are searched.',
  badFrom: 'The “from” date was not understood (use a date such as 2026-05-16), so it was ignored.',
  badTo: 'The “to” date was not understood (use a date such as 2026-05-16), so it was ignored.',
  backwards: 'The date range ended before it began, so both dates were ignored.',
  badPage: 'That page number was not understood, so the first page is shown.',
} as const;

// Next gives a repeated parameter as an array; the first value counts.
const single = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined);

const rawParams = z.object({ q: single, section: single, author: single, from: single, to: single, page: single });

const slug = z.string().refine((v) => isSlug(v), 'not a slug');
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => startOfSiteDay(v, 'UTC') !== null, 'not a calendar day');
const page = z.string().regex(/^[1-9]\d{0,5}$/).transform(Number);

/** Reads the page's search parameters; never throws. */
export function parseSearchParams(input: Record<string, string | string[] | undefined>): SearchRequest {
  // Each field accepts any string or list of strings, so this parse fails only for a value of another type.
  const raw = rawParams.safeParse(input);
  const values: Partial<z.infer<typeof rawParams>> = raw.success ? raw.data : {};
  const notices: string[] = [];
  const check = <T>(schema: z.ZodType<T>, value: string | undefined, notice: string): T | undefined => {
    if (value === undefined) return undefined;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    notices.push(notice);
    return undefined;
  };

  const query = normaliseQuery(values.q ?? '');
  if (query.truncated) notices.push(SEARCH_MESSAGES.truncated);
  const params: SearchParams = {
    q: query.text,
    section: check(slug, values.section, SEARCH_MESSAGES.badSection),
    author: check(slug, values.author, SEARCH_MESSAGES.badAuthor),
    from: check(day, values.from, SEARCH_MESSAGES.badFrom),
    to: check(day, values.to, SEARCH_MESSAGES.badTo),
    page: check(page, values.page, SEARCH_MESSAGES.badPage) ?? 1,
  };
  if (params.from && params.to && params.from > params.to) {
    notices.push(SEARCH_MESSAGES.backwards);
    params.from = params.to = undefined;
  }
  const zone = siteConfig().timeZone;
  const range = {
    from: params.from ? (startOfSiteDay(params.from, zone) ?? undefined) : undefined,
    until: params.to ? (startOfSiteDay(addDaysToDay(params.to, 1), zone) ?? undefined) : undefined,
  };
  return { params, range, truncated: query.truncated, notices };
}

/** The address of a search: only the fields that are set, page 1 without a page number. */
export function searchPath(params: Partial<SearchParams>): string {
  const query = new URLSearchParams();
  if (params.q) query.set('q', params.q);
  for (const key of ['section', 'author', 'from', 'to'] as const) {
    const value = params[key];
    if (value) query.set(key, value);
  }
  if (params.page && params.page > 1) query.set('page', String(params.page));
  const qs = query.toString();
  return qs ? `${SEARCH_PATH}?${qs}` : SEARCH_PATH;
}
