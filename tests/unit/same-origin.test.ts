import { describe, expect, it } from 'vitest';
import { isSameOrigin } from '@/lib/http/same-origin';

const headers = (entries: Record<string, string>) => new Headers(entries);

describe('isSameOrigin', () => {
  it('accepts a POST from a page on the host it was sent to', () => {
    expect(isSameOrigin(headers({ origin: 'http://127.0.0.1:3100', host: '127.0.0.1:3100' }))).toBe(true);
    expect(isSameOrigin(headers({ origin: 'https://news.example', host: 'internal:3000', 'x-forwarded-host': 'news.example' }))).toBe(true);
  });

  it('refuses another site, a missing or opaque Origin, and a cross-site fetch', () => {
    expect(isSameOrigin(headers({ origin: 'https://evil.example', host: 'news.example' }))).toBe(false);
    expect(isSameOrigin(headers({ host: 'news.example' }))).toBe(false);
    expect(isSameOrigin(headers({ origin: 'null', host: 'news.example' }))).toBe(false);
    expect(isSameOrigin(headers({ origin: 'https://news.example', host: 'news.example', 'sec-fetch-site': 'cross-site' }))).toBe(false);
    expect(isSameOrigin(headers({ origin: 'https://news.example.evil.example', host: 'news.example' }))).toBe(false);
  });
});
