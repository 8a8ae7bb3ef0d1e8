// What a live blog's page script receives when it polls: plain JSON, times as ISO strings with the label readers see,
// each entry's HTML rendered and sanitised on the server like an article body (lib/live/feed.ts builds it). Shared
// with the page script, with the addresses it asks.
import type { LiveState } from './schemas';

export type LiveEntryItem = {
  id: string;
  at: string;
  /** "14:05", "Yesterday 23:40", "3 December, 09:15". */
  time: string;
  title: string;
  html: string;
  pinned: boolean;
  keyEvent: boolean;
  author: { name: string; url: string } | null;
  /** Changes when the entry is edited: the page swaps in the new text. */
  version: string;
};

export type LiveFeed = {
  state: LiveState;
  /** The newest page (or the page asked for) of entries that are not pinned, newest first. */
  entries: LiveEntryItem[];
  pinned: LiveEntryItem[];
  /** Key events, newest first, for the jump list. */
  keyEvents: { id: string; title: string; time: string }[];
  /** The entry the next older page starts with, or null. */
  nextFrom: string | null;
  total: number;
};

/** The address of a live blog's feed for its page script, or of its page of older entries starting with `from`. */
export const liveFeedPath = (articlePath: string, from?: string) => `${articlePath}/live.json${from ? `?from=${encodeURIComponent(from)}` : ''}`;

/** The page of older entries starting with the entry `from`, for readers without script (and search engines). */
export const olderEntriesPath = (articlePath: string, from: string) => `${articlePath}/from/${encodeURIComponent(from)}`;
