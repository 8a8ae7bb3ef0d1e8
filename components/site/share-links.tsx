import { shareLinks } from '@/lib/articles/share';
import { CopyLinkButton } from './copy-link-button.client';

/** "Share": plain links to each network's share page (no script of theirs), and a copy-link button with script. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-2 print:hidden" data-print="hide">
      <p id="share-title" className="mr-1 text-xs font-bold uppercase tracking-wider text-muted">
        Share
      </p>
      <ul aria-labelledby="share-title" className="flex flex-wrap gap-2">
        {shareLinks({ url, title }).map((link) => (
          <li key={link.target}>
            <a
              href={link.href}
              aria-label={link.name}
              rel="noopener noreferrer nofollow"
              className="pill font-semibold"
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
