import { siteConfig } from '@/lib/config/site';

const siteUrl = () => new URL(siteConfig().url);

/** Over HTTPS the session cookies take the __Host- prefix (Secure, no Domain, Path=/): no subdomain can touch them. */
export const servedOverHttps = () => siteUrl().protocol === 'https:';
export const servedOnLoopback = () => ['localhost', '127.0.0.1', '[::1]'].includes(siteUrl().hostname);

export const authCookieName = (name: string) => (servedOverHttps() ? `__Host-dateline.${name}` : `dateline.${name}`);
export const sessionCookieName = () => authCookieName('session_token');
