import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { siteConfig } from '@/lib/config/site';
import { CONFIRM_HOURS } from '@/lib/newsletters/signup';
import { paths } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Privacy',
  description: `What ${siteConfig().name} keeps about its readers and subscribers, and for how long.`,
  alternates: { canonical: '/privacy' },
};

/** What the site keeps about people, and for how long: it has to stay true to lib/newsletters and lib/analytics. */
export default function PrivacyPage() {
  const site = siteConfig();
  return (
    <div className="mx-auto max-w-2xl pt-6">
      <Breadcrumb crumbs={[{ name: 'Main', url: paths.home() }, { name: 'Privacy' }]} />
      <header className="mt-4 border-b-4 border-ink pb-4">
        <h1 className="font-serif text-4xl font-bold">Privacy</h1>
        <p className="mt-2 text-muted">What {site.name} keeps about you, and for how long. We use no third-party services, no advertising and no tracking cookies.</p>
      </header>
      <div className="prose prose-lg mt-6 font-serif">
        <h2>Reading</h2>
        <p>
          We count how often each story is read, per five minutes, hour and day, with no cookie and nothing that identifies you. To stop
          automated inflation of those counts we remember your network address for a few minutes, in memory only.
        </p>
        <h2>Newsletters</h2>
        <p>
          When you sign up we keep your e-mail address, the newsletter and the page you signed up on, and e-mail you a link to confirm. If
          you do not confirm within {CONFIRM_HOURS} hours the request lapses, and we delete it two days later.
        </p>
        <p>
          Once you confirm we keep your address, the newsletters you chose, when you confirmed and the page you signed up on; nothing else.
          Every newsletter has a link to leave it at once and to remove your address with everything kept about it. We never share your
          address.
        </p>
        <p>
          The link at the foot of every newsletter opens a page where you see the newsletters you are on, change them, or remove your
          address; <Link href="/newsletters">the newsletters page</Link> lists them all.
        </p>
        <h2>Our newsroom</h2>
        <p>
          For people who work on the site we keep their account, and a log of what they do and from which network address, to keep the
          site secure.
        </p>
      </div>
    </div>
  );
}
