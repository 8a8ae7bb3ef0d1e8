// Share links that need no script of anyone else's: each is a plain link to the network's own share page (or a
// mailto:), so nothing is loaded from another site until the reader follows one.

export type ShareTarget = 'email' | 'x' | 'facebook' | 'linkedin' | 'whatsapp';

/** A share link: its visible label, the accessible name that says what it does, and where it goes. */
export type ShareLink = { target: ShareTarget; label: string; name: string; href: string };

const enc = encodeURIComponent;

/** The share links of a story at the absolute `url`, titled `title` (its headline). */
export function shareLinks({ url, title }: { url: string; title: string }): ShareLink[] {
  return [
    {
      target: 'email',
      label: 'Email',
      name: 'Share by email',
      href: `mailto:?subject=${enc(title)}&body=${enc(`${title}\n\n${url}`)}`,
    },
    { target: 'x', label: 'X', name: 'Share on X (Twitter)', href: `https://x.com/intent/tweet?text=${enc(title)}&url=${enc(url)}` },
    { target: 'facebook', label: 'Facebook', name: 'Share on Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}` },
    {
      target: 'linkedin',
      label: 'LinkedIn',
      name: 'Share on LinkedIn',
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${enc(url)}`,
    },
    { target: 'whatsapp', label: 'WhatsApp', name: 'Share on WhatsApp', href: `https://wa.me/?text=${enc(`${title} ${url}`)}` },
  ];
}
