import { isBuildPhase } from '@/lib/build-phase';
import { getNewsletters, type NewsletterView } from '@/lib/newsletters/queries';

/**
 * A newsletter's sign-up form: a plain HTML form posting to /newsletters/subscribe, so it works without JavaScript
 * and adds nothing to the page's script. It is on every article, where each byte is sent twice (HTML and React's
 * payload), so it is written small: the page it was on comes from the Referer, and the "website" field, a honeypot
 * off screen and out of the tab order that people leave empty and form-filling bots do not, has no label of its own.
 */
export function NewsletterSignup({
  newsletter,
  describe = false,
  message,
}: {
  newsletter: NewsletterView;
  describe?: boolean;
  message?: { text: string; alert: boolean };
}) {
  return (
    <form method="post" action="/newsletters/subscribe" id={describe ? `signup-${newsletter.slug}` : undefined} aria-label={newsletter.name} className="signup">
      <p className="signup-name">{newsletter.name}</p>
      {describe && newsletter.description && <p className="text-sm text-muted">{newsletter.description}</p>}
      <input type="hidden" name="newsletter" value={newsletter.slug} />
      <input name="website" tabIndex={-1} autoComplete="off" aria-hidden="true" className="hp" />
      <div className="signup-row">
        <label className="signup-label">
          Your email address
          <input name="email" type="email" required autoComplete="email" className="signup-input" />
        </label>
        <button className="signup-button">Sign up</button>
      </div>
      {message && (
        <p role={message.alert ? 'alert' : 'status'} className={message.alert ? 'mt-2 text-sm font-semibold text-accent' : 'mt-2 text-sm font-semibold'}>
          {message.text}
        </p>
      )}
    </form>
  );
}

/** The sign-up for the site's first newsletter (the morning edition), on the homepage and under every article. */
export async function NewsletterBox({ className = '' }: { className?: string }) {
  const newsletters = isBuildPhase() ? [] : await getNewsletters();
  const first = newsletters[0];
  if (!first) return null;
  return (
    <div className={className}>
      <NewsletterSignup newsletter={first} />
    </div>
  );
}
