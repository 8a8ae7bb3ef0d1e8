import { unsubscribe } from '@/lib/newsletters/manage';
import { seeOther } from '@/lib/http/form-post';
import { tokenField } from '@/lib/newsletters/schemas';

type Context = { params: Promise<{ key: string }> };

const newsletterOf = (request: Request) => {
  const slug = new URL(request.url).searchParams.get('newsletter') ?? '';
  return /^[a-z0-9-]{1,64}$/.test(slug) ? slug : null;
};

/**
 * One-click unsubscribe (RFC 8058): every newsletter e-mail carries `List-Unsubscribe: <this address>` and
 * `List-Unsubscribe-Post: List-Unsubscribe=One-Click`, and the reader's mail program posts here without them
 * opening anything. No session, no origin check: the key is the credential.
 */
export async function POST(request: Request, { params }: Context) {
  const key = tokenField.safeParse((await params).key);
  const done = key.success && (await unsubscribe(key.data, newsletterOf(request)));
  return new Response(done ? 'Unsubscribed.\n' : 'This unsubscribe link is not valid.\n', {
    status: done ? 200 : 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' },
  });
}

/** Opening the address in a browser changes nothing (link scanners open everything): it shows the manage page. */
export async function GET(_request: Request, { params }: Context) {
  const key = tokenField.safeParse((await params).key);
  return seeOther(key.success ? `/newsletters/manage/${key.data}` : '/newsletters?error=link');
}
