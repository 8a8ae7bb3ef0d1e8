import { describe, expect, it } from 'vitest';
import { privateContentSecurityPolicy, securityHeaders } from '@/lib/security/headers.mjs';

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `) || d === name);

describe('security headers', () => {
  it('give reader pages a policy that allows nothing from elsewhere and no framing by other sites', () => {
    const headers = securityHeaders('/news/some-story');
    const csp = headers['Content-Security-Policy']!;
    expect(directive(csp, 'object-src')).toBe("object-src 'none'");
    expect(directive(csp, 'base-uri')).toBe("base-uri 'self'");
    expect(directive(csp, 'form-action')).toBe("form-action 'self'");
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'self'");
    expect(directive(csp, 'script-src')).toBe("script-src 'self' 'unsafe-inline'");
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'SAMEORIGIN',
    });
    expect(headers['Permissions-Policy']).toContain('camera=()');
    expect(headers['Cache-Control']).toBeUndefined();
    expect(headers['Cross-Origin-Opener-Policy']).toBeUndefined();
  });

  it('keep the newsroom out of every cache and every frame, and leave its policy to the proxy’s nonce', () => {
    for (const path of ['/admin', '/admin/articles/x', '/preview/x', '/api/admin/media', '/api/auth/sign-in/email']) {
      const headers = securityHeaders(path);
      expect(headers['Cache-Control'], path).toBe('private, no-store');
      expect(headers['X-Frame-Options'], path).toBe('DENY');
      expect(headers['Cross-Origin-Opener-Policy'], path).toBe('same-origin');
      expect(headers['Content-Security-Policy'], path).toBeUndefined();
    }
    const csp = privateContentSecurityPolicy('abc123');
    expect(directive(csp, 'script-src')).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
  });

  it('add HSTS and upgrade-insecure-requests only when the site is served over HTTPS', () => {
    expect(securityHeaders('/')['Strict-Transport-Security']).toBeUndefined();
    const https = securityHeaders('/', { https: true });
    expect(https['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
    expect(https['Content-Security-Policy']).toContain('upgrade-insecure-requests');
  });
});
