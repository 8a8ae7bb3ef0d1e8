import { commentParagraphs } from '@/lib/comments/text';

/**
 * A comment's plain text as paragraphs. Only http(s) addresses become links, marked as the reader's own
 * (rel="nofollow ugc"); everything else is text, which React escapes: no HTML from a reader reaches the page.
 */
export function CommentText({ body }: { body: string }) {
  return commentParagraphs(body).map((pieces, i) => (
    <p key={i}>
      {pieces.map((piece, j) =>
        'href' in piece ? (
          <a key={j} href={piece.href} rel="nofollow ugc">
            {piece.text}
          </a>
        ) : (
          piece.text
        ),
      )}
    </p>
  ));
}
