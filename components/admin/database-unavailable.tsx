/** The newsroom's page when its database does not answer: what happened, that nothing was lost, and what to do. */
export function DatabaseUnavailable() {
  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <h1 className="font-serif text-3xl font-bold">The database is unavailable</h1>
      <p className="mt-4 text-lg">
        The newsroom cannot reach its database just now, so pages cannot be opened and nothing can be saved. Readers
        still get the site from its caches.
      </p>
      <p className="mt-4">
        Changes you had not saved are kept in this browser: go back to the story once the database is back and they
        will be offered to you. Reload this page in a moment to try again.
      </p>
    </main>
  );
}
