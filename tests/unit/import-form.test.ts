import { describe, expect, it } from 'vitest';
import { importFormSchema } from '@/lib/import/admin';

// /admin/import's form: the kind of file, the default section and the category mapping, checked as the route gets them.

describe('the import form', () => {
  it('reads the category mapping one line each, ignoring blank lines', () => {
    const parsed = importFormSchema.parse({ format: 'wxr', defaultSection: '', sectionMap: 'Harbour life = news\n\n  Sport=sport  \n' });
    expect(parsed).toEqual({ format: 'wxr', defaultSection: undefined, sectionMap: { 'Harbour life': 'news', Sport: 'sport' } });
  });

  it('says which line of the mapping it cannot read', () => {
    const parsed = importFormSchema.safeParse({ format: 'wxr', defaultSection: '', sectionMap: 'News = news\nSport -> sport' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('Line 2: write “old category = section-slug”, for example “Harbour life = news”.');
  });

  it('refuses an unknown kind of file and a section slug that cannot be one', () => {
    expect(importFormSchema.safeParse({ format: 'csv', defaultSection: '', sectionMap: '' }).error?.issues[0]?.message).toBe('Choose what kind of file this is.');
    expect(importFormSchema.safeParse({ format: 'rss', defaultSection: '../etc', sectionMap: '' }).success).toBe(false);
  });
});
