/** As app/forbidden.tsx: sent with every page, never shown (nothing calls unauthorized()), so a line. */
export default function Unauthorized() {
  return <h1 className="boundary-title">401: Sign in to see this page.</h1>;
}
