import { describe, expect, it } from 'vitest';
import { shareLinks } from '@/lib/articles/share';

const story = { url: 'https://news.example/politics/harbour-vote?ref=a&b=c', title: 'Council says “yes” to the £4m harbour & marina plan' };

const byTarget = (target: string) => {
  const link = shareLinks(story).find((l) => l.target === target);
  if (!link) throw new Error(`no ${target} link`);
  return new URL(link.href);
};

describe('share links', () => {
  it('offers email, X, Facebook, LinkedIn and WhatsApp, each named for what it does', () => {
    const links = shareLinks(story);
    expect(links.map((l) => l.label)).toEqual(['Email', 'X', 'Facebook', 'LinkedIn', 'WhatsApp']);
    for (const link of links) expect(link.name.toLowerCase()).toContain(link.label.toLowerCase());
  });

  it('puts the headline and the full address, query included, into a mail', () => {
    const mail = byTarget('email');
    expect(mail.protocol).toBe('mailto:');
    expect(mail.searchParams.get('subject')).toBe(story.title);
    expect(mail.searchParams.get('body')).toBe(`${story.title}\n\n${story.url}`);
  });

  it('sends the address to each network’s own share page, encoded so that its query survives', () => {
    expect(byTarget('x').origin).toBe('https://x.com');
    expect(byTarget('x').searchParams.get('url')).toBe(story.url);
    expect(byTarget('x').searchParams.get('text')).toBe(story.title);
    expect(byTarget('facebook').searchParams.get('u')).toBe(story.url);
    expect(byTarget('linkedin').searchParams.get('url')).toBe(story.url);
    expect(byTarget('whatsapp').searchParams.get('text')).toBe(`${story.title} ${story.url}`);
    for (const link of shareLinks(story).filter((l) => l.target !== 'email')) expect(new URL(link.href).protocol).toBe('https:');
  });
});
