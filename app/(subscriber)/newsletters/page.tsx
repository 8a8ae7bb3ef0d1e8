import type { Metadata } from 'next';
import { connection } from 'next/server';
import { Breadcrumb } from '@/components/site/breadcrumb';
import { NewsletterSignup } from '@/components/site/newsletter-signup';
import { siteConfig } from '@/lib/config/site';
import { getNewsletters } from '@/lib/newsletters/queries';
import { SIGNUP_MESSAGES } from '@/lib/newsletters/schemas';
import { CONFIRM_INVALID, SIGNUP_SENT, SIGNUP_TOO_MANY } from '@/lib/newsletters/signup';
import { paths } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Newsletters',
  description: `${siteConfig().name}'s newsletters: the morning's top stories, and breaking news alerts.`,
  alternates: { canonical: '/newsletters' },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : '');

/** What the address says happened: a form's answer (?sent, ?error) after /newsletters/subscribe, or a link's. */
function pageMessage(params: Record<string, string | string[] | undefined>): { text: string; alert: boolean; newsletter: string } | null {
  const newsletter = one(params.newsletter) || one(params.sent);
  if (one(params.sent)) return { text: SIGNUP_SENT, alert: false, newsletter };
  if (one(params.removed)) return { text: 'Your address is removed, with every newsletter it was on. We will not e-mail it again.', alert: false, newsletter: '' };
  switch (one(params.error)) {
    case 'email':
      return { text: SIGNUP_MESSAGES.email, alert: true, newsletter };
    case 'newsletter':
      return { text: SIGNUP_MESSAGES.newsletter, alert: true, newsletter: '' };
    case 'busy':
      return { text: SIGNUP_TOO_MANY, alert: true, newsletter: '' };
    case 'link':
      return { text: CONFIRM_INVALID, alert: true, newsletter: '' };
    default:
      return null;
  }
}

export default async function NewslettersPage({ searchParams }: Props) {
  await connection();
  const [params, newsletters] = await Promise.all([searchParams, getNewsletters()]);
  const message = pageMessage(params);
  const forForm = message && newsletters.some((n) => n.slug === message.newsletter) ? message : null;
  return (
    <div className="mx-auto max-w-2xl pt-6">
      <Breadcrumb crumbs={[{ name: 'Main', url: paths.home() }, { name: 'Newsletters' }]} />
      <header className="mt-4 border-b-4 border-ink pb-4">
        <h1 className="font-serif text-4xl font-bold">Newsletters</h1>
        <p className="mt-2 text-muted">
          Free, by e-mail. We send a link to confirm your address first, and every e-mail has a link to unsubscribe at once. We keep your
          address, what you signed up for, when you confirmed and the page you signed up on; nothing else.
        </p>
      </header>
      {message && !forForm && (
        <p role={message.alert ? 'alert' : 'status'} className="mt-6 font-semibold">
          {message.text}
        </p>
      )}
      {newsletters.map((newsletter) => (
        <NewsletterSignup key={newsletter.slug} newsletter={newsletter} describe message={forForm?.newsletter === newsletter.slug ? forForm : undefined} />
      ))}
    </div>
  );
}
