import type { ReactNode } from 'react';
import { ActionForm } from './action-form.client';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any delete action of a data request
type DeleteAction = (state: unknown, data: FormData) => Promise<any>;

/**
 * One address in a data request (/admin/subscribers): who it is, a link to download what is kept, and a delete form
 * that needs a ticked box. Subscribers and commenters share it.
 */
export function DataRequestRow({
  email,
  details,
  download,
  remove,
}: {
  email: string;
  details: ReactNode;
  download: { href: string; label: string };
  remove: { action: DeleteAction; field: string; id: string; label: string; confirm: string };
}) {
  return (
    <li className="flex flex-wrap items-center gap-4 py-3">
      <div className="min-w-64 flex-1">
        <p className="font-semibold">{email}</p>
        <p className="text-sm text-muted">{details}</p>
      </div>
      <a href={download.href} className="text-sm underline">
        {download.label}
      </a>
      <ActionForm action={remove.action} submitLabel={remove.label}>
        <input type="hidden" name={remove.field} value={remove.id} />
        <label className="text-sm">
          <input type="checkbox" name="confirm" required className="mr-1" />
          {remove.confirm}
        </label>
      </ActionForm>
    </li>
  );
}
