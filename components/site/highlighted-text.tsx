import type { HighlightPart } from '@/lib/search/types';

/** Text with its matched words in <mark>. Every part is a React text node, so nothing in it becomes markup. */
export function HighlightedText({ parts }: { parts: HighlightPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.mark ? (
          <mark key={i} className="rounded-sm bg-accent/15 px-0.5 font-semibold text-inherit">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
