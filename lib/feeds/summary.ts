// A story's summary in the feeds: its standfirst, or the opening of its text. Apart from queries.ts (which reads
// the database) so the path from a stored body to a feed can be exercised on its own.
import { bodyText } from '@/lib/articles/body';

export const EXCERPT_CHARS = 300;

/** The standfirst, or the opening of the text when there is none, cut at a word (plain text). */
export function feedSummary(standfirst: string, body: string): string {
  if (standfirst.trim()) return standfirst.trim();
  // bodyText and a lone /\s+/ are linear; the cut-at-a-word regex below sees at most EXCERPT_CHARS characters.
  const text = bodyText(body).replace(/\s+/g, ' ').trim();
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS).replace(/\s+\S*$/, '')}…` : text;
}
