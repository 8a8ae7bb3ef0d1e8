import { commenterSetCookie } from '@/lib/comments/cookie';
import { resultPath } from '@/lib/comments/http';
import { confirmCommenter } from '@/lib/comments/post';
import { commentTokenField } from '@/lib/comments/schemas';
import { first, formFields, seeOther } from '@/lib/http/form-post';

/**
 * The button on /comments/confirm/<token> posts here: mail scanners open links, so opening one confirms nothing. The
 * token is the credential. Confirming sets the commenter's cookie (this browser comments without another e-mail) and
 * files the comments the address had waiting.
 */
export async function POST(request: Request) {
  // Only from the confirmation page: another site's form must not set a commenter's cookie in this browser. Not by
  // Origin: the page sends no referrer (the token is in its address), and a browser then posts `Origin: null`.
  if (request.headers.get('sec-fetch-site') === 'cross-site') return new Response('Confirm from the page the e-mailed link opens.', { status: 403 });
  const token = commentTokenField.safeParse(first(await formFields(request), 'token'));
  if (!token.success) return seeOther(resultPath('link'));
  const result = await confirmCommenter(token.data);
  if (!result.ok) return seeOther(resultPath(result.code));
  const answer = seeOther(resultPath(result.code, result.storyPath));
  answer.headers.append('Set-Cookie', commenterSetCookie(result.commenterId));
  return answer;
}
