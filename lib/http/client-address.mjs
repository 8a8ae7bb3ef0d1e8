// Who is asking: the client's address, decided from the connection, never from what the client wrote.
//
// Next does not give routes the connection's address (it fills X-Forwarded-For from the socket only when the client
// sent none, so any client could name any address). server.mjs therefore decides it before Next sees the request
// and writes it into CLIENT_ADDRESS_HEADER, removing any copy the client sent:
// - a direct connection: the socket's own address; forwarding headers the client sent are dropped;
// - a connection from a proxy listed in TRUSTED_PROXIES (addresses or CIDR ranges, e.g. the edge cache on
//   127.0.0.1): the closest address in X-Forwarded-For that is not itself a trusted proxy (proxy-addr, the library
//   Express uses for the same job), and the forwarded host and protocol are kept.
import proxyAddr from 'proxy-addr';

/** The header routes read (lib/http/request-meta.ts). Only server.mjs writes it. */
export const CLIENT_ADDRESS_HEADER = 'x-dateline-client-address';

const FORWARDING_HEADERS = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip', 'forwarded'];

/** The TRUSTED_PROXIES list ("127.0.0.1, 10.0.0.0/8") as proxy-addr's trust function; an empty list trusts nobody. */
export function compileTrust(list = process.env.TRUSTED_PROXIES ?? '') {
  const entries = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return proxyAddr.compile(entries);
}

/** "::ffff:127.0.0.1" (an IPv4 client on a dual-stack socket) as "127.0.0.1". */
const plain = (address) => (address?.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address);

/**
 * Rewrites the request's headers in place: CLIENT_ADDRESS_HEADER and X-Forwarded-For name the client as decided
 * above. Returns the address.
 */
export function stampClientAddress(req, trust) {
  const peer = req.socket?.remoteAddress;
  const fromTrustedProxy = peer !== undefined && trust(peer, 0);
  const address = plain(peer === undefined ? undefined : proxyAddr(req, trust)) ?? '';
  if (!fromTrustedProxy) for (const name of FORWARDING_HEADERS) delete req.headers[name];
  req.headers[CLIENT_ADDRESS_HEADER] = address;
  req.headers['x-forwarded-for'] = address;
  return address;
}
