import { shareLinks } from '@/lib/articles/share';
import { CopyLinkButton } from './copy-link-button.client';

/** "Share": plain links to each network's share page (no script of theirs), and a copy-link button with script. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <div className="share" data-print="hide">
      <p id="share-title">
        Share
      </p>
      <ul aria-labelledby="share-title">
        {shareLinks({ url, title }).map((link) => (
          <li key={link.target}>
            <a
              href={link.href}
              aria-label={link.name}
              rel="noopener noreferrer nofollow"
              className="pill"
            >
              {link.label}
            </a>
          </li>
        ))}
        <CopyLinkButton url={url} />
      </ul>
    </div>
  );
}
