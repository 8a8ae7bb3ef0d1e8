import { draftOwnedBy } from '../factories/stories';
import { createUser } from '../factories/users';
import { expect, signInAs, test } from '../fixtures';

test('an editor finds a draft on the desk by a few words of its headline, whatever their case', async ({ page, db }) => {
  const editor = await createUser('editor');
  const draft = await draftOwnedBy(db, editor.id);
  const mark = draft.slug.slice('draft-'.length);
  const headline = `Lifeboat crew ${mark} praised after night rescue`;
  await db.article.update({ where: { id: draft.id }, data: { headline } });

  await signInAs(page, editor);
  await page.goto('/admin/articles');
  const filter = page.getByRole('search', { name: 'Filter articles' });
  await filter.getByLabel('Headline contains').fill(`CREW ${mark.toUpperCase()} PRAISED`);
  await filter.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByText('1 article', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: headline })).toBeVisible();

  // A changed headline is found by its new words at once, and no longer by the old ones.
  await db.article.update({ where: { id: draft.id }, data: { headline: `Harbour crew ${mark} thanked` } });
  await page.reload();
  await expect(page.getByText('0 articles', { exact: true })).toBeVisible();
});
