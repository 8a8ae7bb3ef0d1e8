import { isIP } from 'node:net';

export type RequestMeta = { ip: string | null; userAgent: string | null };

const trustedProxies = () =>
  new Set(
    (process.env.TRUSTED_PROXIES ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

/**
 * The client's address and browser. Next's server appends the connecting address to X-Forwarded-For; addresses
 * a client wrote there itself come earlier and are ignored. Behind a reverse proxy, list the proxy's address in
 * TRUSTED_PROXIES so the address it forwarded is used instead.
 */
export function requestMeta(headers: Headers): RequestMeta {
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const trusted = trustedProxies();
  let ip: string | null = null;
  for (let i = forwarded.length - 1; i >= 0; i--) {
    const candidate = forwarded[i]!.replace(/^::ffff:/, '');
    if (trusted.has(candidate) && i > 0) continue;
    ip = isIP(candidate) ? candidate : null;
    break;
  }
  ip ??= headers.get('x-real-ip');
  const userAgent = headers.get('user-agent');
  return { ip, userAgent: userAgent ? userAgent.slice(0, 300) : null };
}
