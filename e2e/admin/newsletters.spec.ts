import AxeBuilder from '@axe-core/playwright';
import { randomUUID } from 'node:crypto';
import { createUser } from '../factories/users';
import { expect, signInAs, test } from '../fixtures';
import { mailTo } from '../support/outbox';

// The newsletters desk: an editor shapes the next morning edition and sends themselves a test of it.

test('an editor adds stories to the morning edition, orders them, saves it and gets a test in their inbox', async ({ page, db }) => {
  const run = randomUUID().slice(0, 6);
  const section = await db.section.findFirstOrThrow({ orderBy: { position: 'asc' } });
  const story = (headline: string) =>
    db.article.create({
      data: { slug: `edition-${headline.toLowerCase().replace(/\W+/g, '-')}`, headline, status: 'published', publishedAt: new Date(), sectionId: section.id, body: '{"type":"doc","content":[]}' },
    });
  const [ferry, lifeboat] = [await story(`Ferry timetable changes ${run}`), await story(`Lifeboat crew honoured ${run}`)];
  const editor = await createUser('editor');
  await signInAs(page, editor);

  await page.goto('/admin/newsletters');
  await expect(page.getByRole('heading', { name: /^Next: The Morning Edition/ })).toBeVisible();
  await page.getByRole('textbox', { name: /Intro/ }).fill(`Good morning from the desk ${run}.`);
  // The day's newest stories are listed already; any that is not is added from the last day's stories.
  const listed = page.getByRole('list', { name: 'Stories in the edition' });
  for (const s of [lifeboat, ferry]) {
    if ((await listed.getByText(s.headline).count()) > 0) continue;
    await page.getByRole('combobox', { name: 'Add a story' }).selectOption({ label: `${s.headline} (${section.name})` });
    await page.getByRole('button', { name: 'Add', exact: true }).click();
  }
  // The ferry story leads the edition.
  const up = page.getByRole('button', { name: `Move up: ${ferry.headline}` });
  while (await up.isEnabled()) await up.click();
  await page.getByRole('button', { name: 'Save the edition' }).click();
  await expect(page.getByRole('status')).toContainText('Saved.');

  await page.getByRole('button', { name: 'Send a test to me' }).click();
  await expect(page.getByRole('status')).toContainText(`A test is on its way to ${editor.email}.`);
  const mail = await mailTo(editor.email);
  expect(mail.subject).toMatch(/^\[Test\] The Morning Edition: /);
  expect(mail.text).toContain(`Good morning from the desk ${run}.`);
  expect(mail.text!.indexOf(ferry.headline)).toBeLessThan(mail.text!.indexOf(lifeboat.headline));
  expect(mail.html).toContain(`/${section.slug}/${ferry.slug}"`);

  // The saved edition is what the page shows after a reload.
  await page.reload();
  await expect(listed.getByRole('listitem').first()).toContainText(ferry.headline);
  await expect(listed).toContainText(lifeboat.headline);

  const serious = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  expect(serious).toEqual([]);
});
