import Link from 'next/link';

export default function Forbidden() {
  return (
    <main id="content" className="mx-auto max-w-xl px-4 py-16">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">Error 403</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Not allowed</h1>
      <p className="mt-4">Your role does not give access to this page. Ask an administrator if you need it.</p>
      <p className="mt-4">
        <Link href="/admin" className="font-semibold underline">
          Back to the newsroom
        </Link>
      </p>
    </main>
  );
}
