/**
 * JSON for a `<script type="application/ld+json">` element. The HTML parser ends a script at the first `</script`
 * whatever the JSON means, so `<` (and `>`, `&`) are written as JSON escapes: a headline such as
 * `</script><script>alert(1)</script>` stays inside the string it belongs to. U+2028 and U+2029 are escaped as well,
 * for parsers that still treat them as line ends.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
