import { z } from 'zod';
import { DEFAULT_SITE_TIME_ZONE } from '@/lib/http/edition.mjs';

/**
 * Without SITE_URL the site is where `npm start` serves it: localhost on PORT. (Sign-in also accepts 127.0.0.1 and
 * [::1] on that port: lib/auth/auth.ts.) Production requires SITE_URL (scripts/start.ts).
 */
export const defaultSiteUrl = () => `http://localhost:${Number(process.env.PORT) || 3000}`;

const siteEnv = z.object({
  SITE_NAME: z.string().trim().min(1).max(80).default('Dateline'),
  SITE_URL: z
    .url({ protocol: /^https?$/ })
    .optional()
    .transform((url) => (url ?? defaultSiteUrl()).replace(/\/+$/, '')),
  SITE_TIME_ZONE: z
    .string()
    .default(DEFAULT_SITE_TIME_ZONE)
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat('en-GB', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, 'SITE_TIME_ZONE must be an IANA time zone such as Europe/London'),
  SITE_LANGUAGE: z.string().default('en-GB'),
  SITE_DESCRIPTION: z.string().default('Independent news from Port Merrow and the Merrow coast.'),
  /** Readers' comments on a story close this many days after it was published (0: they never close by age). */
  COMMENTS_CLOSE_AFTER_DAYS: z.coerce.number().int().min(0).max(3650).default(14),
});

export type SiteConfig = {
  name: string;
  url: string;
  timeZone: string;
  language: string;
  description: string;
  commentsCloseAfterDays: number;
};

let cached: SiteConfig | undefined;

/** Site settings from the environment, validated once; a bad value stops the app with a clear message. */
export function siteConfig(): SiteConfig {
  if (cached) return cached;
  const parsed = siteEnv.safeParse(process.env);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid site configuration: ${details}`);
  }
  const env = parsed.data;
  cached = {
    name: env.SITE_NAME,
    url: env.SITE_URL,
    timeZone: env.SITE_TIME_ZONE,
    language: env.SITE_LANGUAGE,
    description: env.SITE_DESCRIPTION,
    commentsCloseAfterDays: env.COMMENTS_CLOSE_AFTER_DAYS,
  };
  return cached;
}
