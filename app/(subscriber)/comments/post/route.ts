import { commenterCookieFrom } from '@/lib/comments/cookie';
import { resultPath, type ResultCode } from '@/lib/comments/http';
import { postComment } from '@/lib/comments/post';
import { commentSchema } from '@/lib/comments/schemas';
import { isSameOrigin } from '@/lib/http/same-origin';
import { requestMeta } from '@/lib/http/request-meta';
import { first, formFields, seeOther } from '@/lib/http/form-post';

const FIELD_CODES: Record<string, ResultCode> = { name: 'name', email: 'email', body: 'body' };

/**
 * The comment form under every story posts here (a plain form: it works without JavaScript). The commenter's cookie
 * (Path=/comments) reaches only this handler, never the cached story page. The answer is a 303 to a small page
 * that says what happened, with a link back to the story.
 */
export async function POST(request: Request) {
  // A form on another site cannot post in a reader's name (their cookie would go with it).
  if (!isSameOrigin(request.headers)) return new Response('Comment from a page of this site.', { status: 403 });
  const fields = await formFields(request);
  const parsed = commentSchema.safeParse({
    article: first(fields, 'article'),
    parent: first(fields, 'parent'),
    name: first(fields, 'name'),
    email: first(fields, 'email'),
    body: first(fields, 'body'),
    website: first(fields, 'website'),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const code = issue?.path[0] === 'body' && issue.code === 'too_big' ? 'long' : (FIELD_CODES[String(issue?.path[0])] ?? 'body');
    return seeOther(resultPath(code));
  }
  const result = await postComment(parsed.data, requestMeta(request.headers), commenterCookieFrom(request.headers));
  return seeOther(resultPath(result.code, result.storyPath, result.ok ? result.commentId : undefined));
}
