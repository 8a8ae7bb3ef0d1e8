import { first, formFields, seeOther } from '@/lib/http/form-post';
import { forgetSubscriber, setNewsletters } from '@/lib/newsletters/manage';
import { manageSchema } from '@/lib/newsletters/schemas';

/** The form on /newsletters/manage/<key>: the key in it is the credential, as in every e-mail's links. */
export async function POST(request: Request) {
  const fields = await formFields(request);
  const parsed = manageSchema.safeParse({ key: first(fields, 'key'), newsletters: fields?.get('newsletters') ?? [], intent: first(fields, 'intent') });
  if (!parsed.success) return seeOther('/newsletters?error=link');
  const { key, newsletters, intent } = parsed.data;
  if (intent === 'forget') return seeOther((await forgetSubscriber(key)) ? '/newsletters?removed=1' : '/newsletters?error=link');
  const known = await setNewsletters(key, intent === 'unsubscribe-all' ? [] : newsletters);
  return seeOther(known ? `/newsletters/manage/${key}?saved=1` : '/newsletters?error=link');
}
