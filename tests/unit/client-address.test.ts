import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER, compileTrust, stampClientAddress } from '@/lib/http/client-address.mjs';
import { clientKey, requestMeta } from '@/lib/http/request-meta';

/** A request as Node's HTTP server hands it over: headers lower-cased, the connection's address on the socket. */
const incoming = (remoteAddress: string, headers: Record<string, string> = {}) =>
  ({ headers: { ...headers }, socket: { remoteAddress }, connection: { remoteAddress } }) as unknown as IncomingMessage;

describe('the client address server.mjs stamps on each request', () => {
  it('is the connection’s own for a direct client, whatever X-Forwarded-For and friends say', () => {
    const req = incoming('203.0.113.7', {
      'x-forwarded-for': '198.51.100.1',
      'x-real-ip': '198.51.100.2',
      'x-forwarded-host': 'evil.example',
      [CLIENT_ADDRESS_HEADER]: '198.51.100.3',
    });
    expect(stampClientAddress(req, compileTrust(''))).toBe('203.0.113.7');
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe('203.0.113.7');
    expect(req.headers['x-forwarded-for']).toBe('203.0.113.7');
    expect(req.headers['x-real-ip']).toBeUndefined();
    expect(req.headers['x-forwarded-host']).toBeUndefined();
  });

  it('is the forwarded one when the connection comes from a trusted proxy, skipping proxies it trusts', () => {
    const trust = compileTrust('127.0.0.1, 10.0.0.0/8');
    const req = incoming('127.0.0.1', { 'x-forwarded-for': '198.51.100.9, 203.0.113.50, 10.1.2.3', 'x-forwarded-host': 'news.example' });
    // The client may have written 198.51.100.9 itself: the closest untrusted hop is who connected to our proxies.
    expect(stampClientAddress(req, trust)).toBe('203.0.113.50');
    expect(req.headers['x-forwarded-host']).toBe('news.example');
  });

  it('writes an IPv4 client of a dual-stack socket as plain IPv4', () => {
    expect(stampClientAddress(incoming('::ffff:192.0.2.4'), compileTrust(''))).toBe('192.0.2.4');
  });

  it('is the only address routes read', () => {
    expect(requestMeta(new Headers({ 'x-forwarded-for': '198.51.100.1' })).ip).toBeNull();
    expect(requestMeta(new Headers({ [CLIENT_ADDRESS_HEADER]: 'not an address' })).ip).toBeNull();
    expect(requestMeta(new Headers({ [CLIENT_ADDRESS_HEADER]: '2001:db8::1' })).ip).toBe('2001:db8::1');
  });
});

describe('the key a client is limited by', () => {
  it('is an IPv4 address itself, and the /64 of an IPv6 one', () => {
    expect(clientKey('192.0.2.4')).toBe('192.0.2.4');
    expect(clientKey('2001:db8:a:b:1:2:3:4')).toBe('2001:db8:a:b::/64');
    expect(clientKey('2001:db8:a:b::9')).toBe('2001:db8:a:b::/64');
    expect(clientKey('2001:0db8::1')).toBe('2001:db8:0:0::/64');
  });
});
