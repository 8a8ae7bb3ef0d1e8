import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { storyPathOr, type ResultCode } from '@/lib/comments/http';
import { RESULT_MESSAGES } from '@/lib/comments/post';
import { COMMENT_MESSAGES } from '@/lib/comments/schemas';

export const metadata: Metadata = { title: 'Your comment', robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const MESSAGES: Record<ResultCode, string> = {
  ...RESULT_MESSAGES,
  name: COMMENT_MESSAGES.name,
  email: COMMENT_MESSAGES.email,
  body: COMMENT_MESSAGES.body,
  long: COMMENT_MESSAGES.tooLong,
};
const GOOD = new Set<ResultCode>(['published', 'waiting', 'inbox', 'confirmed']);

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : '');

/**
 * Where a comment form's post (and a confirmation) ends: what happened, in words, and the way back to the story. The
 * story's own page cannot say it: it is cached, the same for every reader.
 */
export default async function CommentResultPage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const code = one(params.m) as ResultCode;
  const message = Object.hasOwn(MESSAGES, code) ? MESSAGES[code] : null;
  const story = storyPathOr(one(params.story), '');
  const comment = /^[a-z0-9]{1,64}$/.test(one(params.comment)) ? one(params.comment) : '';
  return (
    <div className="mx-auto max-w-xl pt-10">
      <h1 className="font-serif text-3xl font-bold">Your comment</h1>
      <p role={message && GOOD.has(code) ? 'status' : 'alert'} className="mt-4 font-semibold">
        {message ?? 'Nothing to report here.'}
      </p>
      {story ? (
        <p className="mt-6">
          <Link href={`${story}#${comment ? `comment-${comment}` : 'comments'}`} className="underline">
            Back to the story
          </Link>
        </p>
      ) : (
        <p className="mt-6">Go back to the story with your browser&rsquo;s Back button to try again.</p>
      )}
    </div>
  );
}
