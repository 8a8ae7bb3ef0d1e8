/**
 * Never shown in practice (the newsroom has app/admin/forbidden.tsx), but with authInterrupts Next sends the root
 * layout's 403 boundary with every page: this one is a line, where Next's default carries ~1 KB of inline styles.
 */
export default function Forbidden() {
  return <h1 className="boundary-title">403: This page could not be accessed.</h1>;
}
