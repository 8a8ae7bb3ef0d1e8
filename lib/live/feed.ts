// Builds the live blog feed (feed.shared.ts) from a page of entries.
import { formatEntryTime } from '@/lib/dates/format';
import type { LiveEntryItem, LiveFeed } from './feed.shared';
import type { LiveBlogPage, LiveEntryView } from './queries';

export const toEntryItem = (entry: LiveEntryView, now: Date, timeZone: string): LiveEntryItem => ({
  id: entry.id,
  at: entry.at.toISOString(),
  time: formatEntryTime(entry.at, now, timeZone),
  title: entry.title,
  html: entry.html,
  pinned: entry.pinned,
  keyEvent: entry.keyEvent,
  author: entry.author && { name: entry.author.name, url: entry.author.url },
  version: entry.modifiedAt.toISOString(),
});

export function toLiveFeed(page: LiveBlogPage, now: Date, timeZone: string): LiveFeed {
  return {
    state: page.state,
    entries: page.entries.map((entry) => toEntryItem(entry, now, timeZone)),
    pinned: page.pinned.map((entry) => toEntryItem(entry, now, timeZone)),
    keyEvents: page.keyEvents.map((event) => ({ id: event.id, title: event.title, time: formatEntryTime(event.at, now, timeZone) })),
    nextFrom: page.nextFrom,
    total: page.total,
  };
}

