'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/auth/define-action';
import { deleteCommenter, deleteCommenterSchema } from '@/lib/comments/admin';
import { deleteSubscriber } from '@/lib/newsletters/admin';
import { deleteSubscriberSchema } from '@/lib/newsletters/schemas';

export const deleteSubscriberAction = defineAction('subscribers:manage', deleteSubscriberSchema, async (viewer, input, ctx) => {
  const result = await deleteSubscriber(viewer, input.subscriberId, ctx);
  // The row goes with the address, and its form's message with it: the page says what happened instead.
  if (result.ok) redirect('/admin/subscribers?deleted=1');
  return result;
});

export const deleteCommenterAction = defineAction('subscribers:manage', deleteCommenterSchema, async (viewer, input, ctx) => {
  const result = await deleteCommenter(viewer, input.commenterId, ctx);
  if (result.ok) redirect('/admin/subscribers?deleted=commenter');
  return result;
});
