// The structure of an article body, shared by the editor in the browser and the renderer on the server, so both
// agree on what a body may contain. Isomorphic on purpose: it imports nothing server-only.
import { mergeAttributes, Node } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

export type EmbedProvider = 'youtube' | 'x' | 'instagram';

export const EMBED_PROVIDERS: Record<EmbedProvider, string> = { youtube: 'YouTube', x: 'X', instagram: 'Instagram' };

const EMBED_PATTERNS: { provider: EmbedProvider; pattern: RegExp; canonical: (m: RegExpMatchArray) => string }[] = [
  {
    provider: 'youtube',
    pattern: /^https?:\/\/(?:www\.|m\.)?youtube\.com\/(?:watch\?(?:.*&)?v=|shorts\/|embed\/)([\w-]{11})(?:[&?#].*)?$/i,
    canonical: (m) => `https://www.youtube.com/watch?v=${m[1]}`,
  },
  { provider: 'youtube', pattern: /^https?:\/\/youtu\.be\/([\w-]{11})(?:[?#].*)?$/i, canonical: (m) => `https://www.youtube.com/watch?v=${m[1]}` },
  {
    provider: 'x',
    pattern: /^https?:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com\/(\w{1,15})\/status\/(\d{1,25})(?:[/?#].*)?$/i,
    canonical: (m) => `https://x.com/${m[1]}/status/${m[2]}`,
  },
  {
    provider: 'instagram',
    pattern: /^https?:\/\/(?:www\.)?instagram\.com\/(p|reel|tv)\/([\w-]{1,40})\/?(?:[?#].*)?$/i,
    canonical: (m) => `https://www.instagram.com/${m[1]}/${m[2]}/`,
  },
];

/** A YouTube, X or Instagram post URL in its canonical form, or null for anything else. */
export function parseEmbedUrl(raw: string): { provider: EmbedProvider; url: string } | null {
  const value = raw.trim();
  for (const { provider, pattern, canonical } of EMBED_PATTERNS) {
    const match = value.match(pattern);
    if (match) return { provider, url: canonical(match) };
  }
  return null;
}

// TipTap checks a link's address with a RegExp it builds anew on every call: a body of 10,000 links spent six
// sevenths of its render there. This is the same check (TipTap's default, with its default protocols), compiled
// once; tests/unit/body.test.ts holds the two to the same answers.
const LINK_WHITESPACE = /[\0- \xA0\u1680\u180e\u2000-\u2029\u205f\u3000]/g;
const ALLOWED_LINK = /^(?:(?:http|https|ftp|ftps|mailto|tel|callto|sms|cid|xmpp):|[^a-z]|[a-z0-9+.\-]+(?:[^a-z+.\-:]|$))/i;

/** Whether the editor keeps a link to `url` (readers' HTML then allows only http(s), mailto and site paths). */
export const isAllowedLink = (url: string) => !url || ALLOWED_LINK.test(url.replace(LINK_WHITESPACE, ''));

/** A picture from the media library inside the body: alt text required, caption and credit shown beneath. */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      imageId: { default: null },
      src: { default: null },
      alt: { default: '' },
      caption: { default: '' },
      credit: { default: '' },
      width: { default: null },
      height: { default: null },
    };
  },
  parseHTML() {
    return [
      {
        tag: 'figure[data-image-id]',
        // Only pictures from this site's media library are taken from pasted HTML.
        getAttrs: (el) => {
          const img = el.querySelector('img');
          if (!/^\/media\//.test(img?.getAttribute('src') ?? '')) return false;
          return {
            imageId: el.getAttribute('data-image-id'),
            src: img?.getAttribute('src') ?? null,
            alt: img?.getAttribute('alt') ?? '',
            caption: el.querySelector('figcaption .caption')?.textContent ?? '',
            credit: el.querySelector('figcaption .credit')?.textContent ?? '',
          };
        },
      },
    ];
  },
  renderHTML({ node }) {
    const { src, alt, width, height, caption, credit } = node.attrs as Record<string, string | number | null>;
    const captionParts: unknown[] = [];
    if (caption) captionParts.push(['span', { class: 'caption' }, String(caption)]);
    if (credit) captionParts.push(['span', { class: 'credit' }, String(credit)]);
    const img = ['img', { src, alt: alt ?? '', width, height, loading: 'lazy', decoding: 'async' }];
    return captionParts.length
      ? ['figure', { class: 'body-figure' }, img, ['figcaption', {}, ...captionParts]]
      : ['figure', { class: 'body-figure' }, img];
  },
});

/** A quotation set large beside the text; its words usually repeat something said in the body. */
export const PullQuote = Node.create({
  name: 'pullQuote',
  group: 'block',
  content: 'inline*',
  marks: 'bold italic',
  defining: true,
  parseHTML() {
    return [{ tag: 'aside.pull-quote', contentElement: 'p' }, { tag: 'aside.pull-quote' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['aside', mergeAttributes(HTMLAttributes, { class: 'pull-quote' }), ['p', 0]];
  },
});

/**
 * A YouTube, X or Instagram post. Readers get a plain link card: no third-party script, frame or cookie loads
 * unless they follow it.
 */
export const Embed = Node.create({
  name: 'embed',
  group: 'block',
  atom: true,
  addAttributes() {
    return { provider: { default: null }, url: { default: null } };
  },
  parseHTML() {
    return [
      {
        tag: 'div.embed',
        getAttrs: (el) => {
          const parsed = parseEmbedUrl(el.querySelector('a')?.getAttribute('href') ?? '');
          return parsed ?? false;
        },
      },
    ];
  },
  renderHTML({ node }) {
    const parsed = parseEmbedUrl(String(node.attrs.url ?? ''));
    if (!parsed) return ['p', {}, ''];
    const label = EMBED_PROVIDERS[parsed.provider];
    const verb = parsed.provider === 'youtube' ? 'Watch the video' : 'View the post';
    return [
      'div',
      { class: `embed embed-${parsed.provider}` },
      ['a', { href: parsed.url }, ['span', { class: 'embed-provider' }, label], ['span', { class: 'embed-action' }, `${verb} on ${label}`]],
    ];
  },
});

/** Everything a body may contain: the editor offers exactly this set and the renderer knows no more. */
export const bodyExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    link: { openOnClick: false, autolink: true, HTMLAttributes: { target: null, rel: null, class: null }, isAllowedUri: isAllowedLink },
    code: false,
    codeBlock: false,
    underline: false,
  }),
  Figure,
  PullQuote,
  Embed,
];
