import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { siteConfig } from '@/lib/config/site';
import { CONFIRM_HOURS as COMMENT_LINK_HOURS } from '@/lib/comments/post';
import { DELIVERY_RETENTION_MS } from '@/lib/newsletters/schemas';
import { CONFIRM_HOURS } from '@/lib/newsletters/signup';
import { paths } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Privacy',
  description: `What ${siteConfig().name} keeps about its readers, subscribers and commenters, and for how long.`,
  alternates: { canonical: '/privacy' },
};

const DELIVERY_RETENTION_DAYS = DELIVERY_RETENTION_MS / 86_400_000;

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
          For each newsletter we send you we note whether it was delivered, and keep that note for {DELIVERY_RETENTION_DAYS} days. If
          your mail server says your address does not exist, or you mark a newsletter as spam, we stop sending to it and note why; signing
          up and confirming again starts it again. We do not track whether you open a newsletter or which links you follow.
        </p>
        <p>
          The link at the foot of every newsletter opens a page where you see the newsletters you are on, change them, or remove your
          address; <Link href="/newsletters">the newsletters page</Link> lists them all.
        </p>
        <h2 id="comments">Comments</h2>
        <p>
          To comment you give a name to show and your e-mail address, which is never shown. We keep the address, that name, when you
          confirmed the address and your comments with their times; nothing else, and not your network address. Your first comment waits
          until you use the link we e-mail you (it works for {COMMENT_LINK_HOURS} hours); an address never confirmed is deleted with its
          comments after a week. Using the link sets a cookie, sent only to our comment pages, so that this browser can comment again
          without another e-mail; it lasts a year.
        </p>
        <p>
          Published comments and your address stay while the story is online. Comments a moderator rejects or marks as spam are deleted
          after 30 days. An address blocked from commenting is kept so that the block holds.
        </p>
        <h2>Your data</h2>
        <p>
          Ask us and we send you everything we keep about your e-mail address, as a subscriber and as a commenter, or delete it with your
          comments. Our administrators answer such requests, and each one is recorded (without your address).
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
