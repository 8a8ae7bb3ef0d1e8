import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { tokenField } from '@/lib/newsletters/schemas';
import { CONFIRM_INVALID, findOpenSignup } from '@/lib/newsletters/signup';

// The token is in the address: no Referer may carry it away, and search engines have no business here.
export const metadata: Metadata = { title: 'Confirm your subscription', referrer: 'no-referrer', robots: { index: false, follow: false } };

/**
 * The link in a confirmation e-mail. Opening it changes nothing (mail scanners open links); the button does, by
 * posting the token to /newsletters/confirm.
 */
export default async function ConfirmPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const token = tokenField.safeParse((await params).token);
  const signup = token.success ? await findOpenSignup(token.data) : null;
  return (
    <div className="mx-auto max-w-xl pt-10">
      <h1 className="font-serif text-3xl font-bold">Confirm your subscription</h1>
      {!signup ? (
        <p role="alert" className="mt-4">
          {CONFIRM_INVALID}{' '}
          <Link href="/newsletters" className="underline">
            Newsletters
          </Link>
        </p>
      ) : (
        <form method="post" action="/newsletters/confirm" className="mt-4">
          <p>
            Send {signup.newsletter.name} to <strong>{signup.email}</strong>?
          </p>
          <input type="hidden" name="token" value={token.data} />
          <button type="submit" className="signup-button mt-4">
            Yes, confirm my subscription
          </button>
        </form>
      )}
    </div>
  );
}
