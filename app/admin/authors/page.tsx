import { forbidden } from 'next/navigation';
import type { Metadata } from 'next';
import Image from 'next/image';
import Link from 'next/link';
import { ActionForm } from '@/components/admin/action-form.client';
import { AdminShell } from '@/components/admin/admin-shell';
import { AuthorPhotoField } from '@/components/admin/author-photo-field.client';
import { pageAccess } from '@/lib/auth/access';
import { type AuthorAdminRow, listAuthorsForAdmin } from '@/lib/authors/admin-queries';
import { BIO_MAX } from '@/lib/authors/schemas';
import { countOf } from '@/lib/text/plural';
import { createAuthorAction, deleteAuthorAction, updateAuthorAction } from './actions';

export const metadata: Metadata = { title: 'Authors' };

const input = 'rounded border border-rule px-2 py-1.5 text-sm';

function AuthorFields({ author }: { author?: AuthorAdminRow }) {
  return (
    <>
      <label className="text-sm">
        <span className="block font-semibold">Name</span>
        <input name="name" required defaultValue={author?.name} className={input} />
      </label>
      <label className="text-sm">
        <span className="block font-semibold">Slug</span>
        <input name="slug" defaultValue={author?.slug} placeholder="made from the name" className={`${input} font-mono`} />
      </label>
      <label className="text-sm">
        <span className="block font-semibold">Job title</span>
        <input name="jobTitle" defaultValue={author?.jobTitle} className={input} />
      </label>
      <AuthorPhotoField initial={author?.photo ?? null} authorName={author?.name} />
      <label className="basis-full text-sm">
        <span className="block font-semibold">Bio</span>
        <span className="block text-xs text-muted">Plain text; a blank line starts a new paragraph. At most {BIO_MAX.toLocaleString('en-GB')} characters.</span>
        <textarea name="bio" rows={4} defaultValue={author?.bio} className={`${input} w-full`} />
      </label>
    </>
  );
}

function AuthorItem({ author }: { author: AuthorAdminRow }) {
  return (
    <li className="py-3" data-author={author.slug}>
      <div className="flex items-start gap-3">
        {author.photo ? (
          <Image src={author.photo.src} alt="" width={48} height={48} className="size-12 rounded-full object-cover" />
        ) : (
          <span aria-hidden className="size-12 rounded-full bg-rule" />
        )}
        <div className="min-w-0 flex-1 text-sm">
          <Link href={author.url} className="font-semibold hover:underline">
            {author.name}
          </Link>
          {author.jobTitle && <span className="text-muted"> · {author.jobTitle}</span>}
          <p className="text-muted">
            {countOf(author.articleCount, 'article')} ·{' '}
            {author.account ? `account: ${author.account.name} <${author.account.email}>` : 'no newsroom account'}
          </p>
        </div>
      </div>
      <details className="mt-2">
        <summary className="cursor-pointer text-sm font-semibold">Edit {author.name}</summary>
        <ActionForm action={updateAuthorAction} submitLabel="Save author" className="mt-2">
          <input type="hidden" name="authorId" value={author.id} />
          <AuthorFields author={author} />
        </ActionForm>
        <ActionForm action={deleteAuthorAction} submitLabel={`Delete ${author.name}`} danger className="mt-3">
          <input type="hidden" name="authorId" value={author.id} />
        </ActionForm>
      </details>
    </li>
  );
}

export default async function AuthorsPage() {
  const access = await pageAccess('/admin/authors');
  if (!access.ok) forbidden();
  const authors = await listAuthorsForAdmin();
  return (
    <AdminShell viewer={access.viewer} title="Authors">
      <section aria-labelledby="new-author" className="max-w-3xl rounded border border-rule p-4">
        <h2 id="new-author" className="font-semibold">
          New author
        </h2>
        <p className="text-sm text-muted">A public byline, for a writer with or without a newsroom account.</p>
        <ActionForm action={createAuthorAction} submitLabel="Create author" className="mt-3">
          <AuthorFields />
        </ActionForm>
      </section>

      <section aria-labelledby="all-authors" className="mt-8 max-w-3xl">
        <h2 id="all-authors" className="font-semibold">
          All authors
        </h2>
        <ul className="mt-2 divide-y divide-rule border-y border-rule">
          {authors.map((author) => (
            <AuthorItem key={author.id} author={author} />
          ))}
        </ul>
      </section>
    </AdminShell>
  );
}
