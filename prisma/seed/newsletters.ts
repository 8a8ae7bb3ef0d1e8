import type { Database } from '../../lib/db/client';

/** The demo newsroom's newsletters: a morning round-up and breaking alerts (issue 16). Added once, by slug. */
export const NEWSLETTERS = [
  {
    slug: 'morning-edition',
    name: 'The Morning Edition',
    description: 'The day’s top stories from Port Merrow and the coast, every morning at 7.',
    cadence: 'daily',
    sendAt: '07:00',
    position: 0,
  },
  {
    slug: 'breaking-news',
    name: 'Breaking news alerts',
    description: 'A short e-mail when something big happens, and only then.',
    cadence: 'alerts',
    sendAt: null,
    position: 1,
  },
] as const;

export async function seedNewsletters(db: Database): Promise<number> {
  let created = 0;
  for (const newsletter of NEWSLETTERS) {
    if (await db.newsletter.findUnique({ where: { slug: newsletter.slug }, select: { id: true } })) continue;
    await db.newsletter.create({ data: newsletter });
    created++;
  }
  return created;
}
