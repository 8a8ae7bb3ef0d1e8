import { isIP } from 'node:net';
import { CLIENT_ADDRESS_HEADER } from './client-address.mjs';

export type RequestMeta = { ip: string | null; userAgent: string | null };

/**
 * The client's address and browser. The address is the one server.mjs decided from the connection (and, for a
 * reverse proxy listed in TRUSTED_PROXIES, from its X-Forwarded-For): lib/http/client-address.mjs. Nothing the
 * client wrote in a header is read here, so a server started some other way (plain `next start`) knows no address
 * rather than a forged one.
 */
export function requestMeta(headers: Headers): RequestMeta {
  const stamped = headers.get(CLIENT_ADDRESS_HEADER)?.trim() ?? '';
  const userAgent = headers.get('user-agent');
  return { ip: isIP(stamped) ? stamped : null, userAgent: userAgent ? userAgent.slice(0, 300) : null };
}

/**
 * The key a client is limited by: an IPv4 address, or the /64 network of an IPv6 one (one subscriber line gets a
 * whole /64, so counting single IPv6 addresses would give each client billions of fresh starts).
 */
export function clientKey(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  const [head = '', tail = ''] = ip.split('::', 2);
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
}
