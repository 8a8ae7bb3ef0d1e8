import { describe, expect, it } from 'vitest';
import { safeNextPath } from '@/lib/auth/access';

describe('the return path after sign-in', () => {
  it('keeps same-site admin paths', () => {
    expect(safeNextPath('/admin/users')).toBe('/admin/users');
    expect(safeNextPath('/admin/audit?page=2')).toBe('/admin/audit?page=2');
  });

  it.each([
    'https://evil.example/admin',
    '//evil.example/admin',
    '/\\evil.example',
    '/admin/../../evil',
    'javascript:alert(1)',
    '/news/some-story',
    '/admin/login',
    '',
    null,
  ])('refuses %s', (raw) => {
    const result = safeNextPath(raw);
    expect(result.startsWith('/admin')).toBe(true);
    expect(result).not.toContain('evil');
    expect(['/admin', '/admin/users', '/admin/audit?page=2']).toContain(result);
  });
});
