// Pasting from Word or Google Docs: keep the structure (headings, lists, emphasis, links), drop the styling.
// Isomorphic: the editor runs it in the browser before TipTap parses the HTML against the body schema.

/** Cleans pasted HTML so only structure reaches the editor's parser. */
export function cleanPastedHtml(html: string): string {
  return (
    html
      // Word's conditional comments, XML islands and Office namespaces.
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<\/?(?:o|w|v|m):[^>]*>/gi, '')
      .replace(/<(style|script|meta|link|title|xml)[^>]*>[\s\S]*?<\/\1>/gi, '')
      .replace(/<(?:meta|link)[^>]*>/gi, '')
      // Headings map onto the levels articles use: h1 (the headline's level) becomes h2, h5/h6 become h4.
      .replace(/<(\/?)h1(\s|>)/gi, '<$1h2$2')
      .replace(/<(\/?)h[56](\s|>)/gi, '<$1h4$2')
      // Styling attributes go; Google Docs' bold wrapper (font-weight:normal) is then an ordinary <b> TipTap
      // would read as bold, so it is unwrapped first.
      .replace(/<b\b[^>]*id="docs-internal-guid[^"]*"[^>]*>([\s\S]*)<\/b>/i, '$1')
      .replace(/\s(?:style|class|lang|align|face|color|size|dir|id)=("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
      .replace(/<\/?font[^>]*>/gi, '')
  );
}
