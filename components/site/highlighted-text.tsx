import type { HighlightPart } from '@/lib/search/types';

/**
 * Text with its matched words in <mark> (styled by `.results mark` in app/globals.css). Every part is a React text
 * node, so nothing in it becomes markup.
 */
export function HighlightedText({ parts }: { parts: HighlightPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.mark ? (
          <mark key={i}>{part.text}</mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
