import type { Metadata } from 'next';
import { connection } from 'next/server';
import { CONFIRM_INVALID, findOpenConfirmation } from '@/lib/comments/post';
import { commentTokenField } from '@/lib/comments/schemas';

// The token is in the address: no Referer may carry it away, and search engines have no business here.
export const metadata: Metadata = { title: 'Confirm your address', referrer: 'no-referrer', robots: { index: false, follow: false } };

/** The link in a commenter's confirmation e-mail. Opening it changes nothing; the button posts the token. */
export default async function ConfirmCommenterPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const token = commentTokenField.safeParse((await params).token);
  const open = token.success ? await findOpenConfirmation(token.data) : null;
  return (
    <div className="mx-auto max-w-xl pt-10">
      <h1 className="font-serif text-3xl font-bold">Confirm your address</h1>
      {!open || open.commenter.blockedAt ? (
        <p role="alert" className="mt-4">
          {CONFIRM_INVALID}
        </p>
      ) : (
        <form method="post" action="/comments/confirm" className="mt-4">
          <p>
            Comment as <strong>{open.commenter.email}</strong>? Your comment is posted, and this browser is remembered for your next ones.
          </p>
          <input type="hidden" name="token" value={token.data} />
          <button type="submit" className="signup-button mt-4">
            Yes, confirm my address
          </button>
        </form>
      )}
    </div>
  );
}
