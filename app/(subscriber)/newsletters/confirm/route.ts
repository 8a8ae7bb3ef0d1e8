import { first, formFields, seeOther } from '@/lib/http/form-post';
import { tokenField } from '@/lib/newsletters/schemas';
import { confirmSignup } from '@/lib/newsletters/signup';

/**
 * The button on /newsletters/confirm/<token> posts here. Confirming takes a click, not the link alone, because mail
 * scanners follow links: a GET never subscribes anyone. The token is the credential (from another site too).
 */
export async function POST(request: Request) {
  const token = tokenField.safeParse(first(await formFields(request), 'token'));
  if (!token.success) return seeOther('/newsletters?error=link');
  const result = await confirmSignup(token.data);
  if (!result.ok) return seeOther('/newsletters?error=link');
  return seeOther(`/newsletters/manage/${result.manageKey}?confirmed=${encodeURIComponent(result.newsletter)}`);
}
