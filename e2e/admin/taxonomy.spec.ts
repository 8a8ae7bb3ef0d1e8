import { randomUUID } from 'node:crypto';
import { expect, signInAs, test } from '../fixtures';
import { clientAddress } from '../fixtures';
import { tagWithStories } from '../factories/taxonomy';
import { createUser } from '../factories/users';
import { servedWithin2s } from '../timing';

test('an editor creates a section and readers find it in the site navigation at once', async ({ page, browser, baseURL }) => {
  const name = `Harbour Life ${randomUUID().slice(0, 6)}`;
  // A reader already has the homepage, and its cached navigation.
  const reader = await (await browser.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': clientAddress() } })).newPage();
  await reader.goto('/');
  const sectionLink = reader.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name });
  await expect(sectionLink).toHaveCount(0);

  await signInAs(page, await createUser('editor'));
  await page.goto('/admin/sections');
  const form = page.getByRole('region', { name: 'New section' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Description').fill('Boats, crews and the quayside.');
  await form.getByRole('button', { name: 'Create section' }).click();
  const slug = name.toLowerCase().replace(/ /g, '-');
  await expect(form.getByRole('status')).toHaveText(`Section “${name}” created at /${slug}.`);
  // Last in the navigation order.
  await expect(page.getByRole('region', { name: 'Navigation order' }).getByRole('listitem').last()).toContainText(name);

  // The action expired the navigation's cache tag: the homepage links the section at once (no waiting for a cache
  // lifetime), and the reader's next page load shows it.
  const linked = (html: string) => html.includes(`href="/${slug}"`);
  await servedWithin2s(reader.request, '/', linked);
  await reader.reload();
  await expect(sectionLink).toHaveAttribute('href', `/${slug}`);
  await sectionLink.click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(name);

  // Deleting the empty section takes it out of the navigation again.
  const item = page.locator(`li[data-section="${slug}"]`);
  await item.getByText(`Edit ${name}`).click();
  await item.getByRole('button', { name: `Delete ${name}` }).click();
  await expect(item).toHaveCount(0);
  await servedWithin2s(reader.request, '/', (html) => !linked(html));
  await reader.goto('/');
  await expect(sectionLink).toHaveCount(0);
});

test('a slug of 10,000 characters is refused beside the field and nothing is created', async ({ page, db }) => {
  await signInAs(page, await createUser('editor'));
  await page.goto('/admin/sections');
  const name = `Overlong ${randomUUID().slice(0, 6)}`;
  const form = page.getByRole('region', { name: 'New section' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Slug').fill('a'.repeat(10_000));
  await form.getByRole('button', { name: 'Create section' }).click();
  await expect(form.getByRole('alert')).toHaveText('Some fields need attention.');
  await expect(form.locator('[data-field="slug"]')).toHaveText('Use at most 80 characters for the slug.');
  // The form keeps what was typed.
  await expect(form.getByLabel('Name')).toHaveValue(name);
  expect(await db.section.count({ where: { name } })).toBe(0);
});

test('an editor merges two tags and the kept tag’s page lists the stories of both', async ({ page, request, db }) => {
  const gulls = await tagWithStories(db, 'Gulls', 2);
  const seabirds = await tagWithStories(db, 'Seabirds', 1);
  // The kept tag's page is cached before the merge, with its own story only.
  await page.goto(`/tag/${seabirds.tag.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seabirds.tag.name);
  await expect(page.getByRole('link', { name: gulls.stories[0]!.headline })).toHaveCount(0);

  await signInAs(page, await createUser('editor'));
  await page.goto('/admin/tags');
  const form = page.getByRole('region', { name: 'Merge tags' });
  await form.getByLabel('Merge this tag').fill(gulls.tag.name);
  await form.getByLabel('into this tag').fill(seabirds.tag.name);
  await form.getByRole('button', { name: 'Merge tags' }).click();
  await expect(form.getByRole('status')).toHaveText(`Merged “${gulls.tag.name}” into “${seabirds.tag.name}”: 2 articles retagged.`);

  await page.goto(`/tag/${seabirds.tag.slug}`);
  for (const story of [...gulls.stories, ...seabirds.stories]) {
    await expect(page.getByRole('link', { name: story.headline })).toBeVisible();
  }
  // The merged tag's address leads to the kept one.
  const old = await request.get(`/tag/${gulls.tag.slug}`, { maxRedirects: 0 });
  expect(old.status()).toBe(301);
  expect(new URL(old.headers()['location']!, 'http://x').pathname).toBe(`/tag/${seabirds.tag.slug}`);
});

test('a contributor is refused the sections, tags and authors pages', async ({ page }) => {
  await signInAs(page, await createUser('contributor'));
  await page.goto('/admin');
  const nav = page.getByRole('navigation', { name: 'Newsroom' });
  for (const label of ['Sections', 'Tags', 'Authors']) await expect(nav.getByRole('link', { name: label })).toHaveCount(0);
  for (const path of ['/admin/sections', '/admin/tags', '/admin/authors']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not allowed');
  }
});

test('an editor creates an author with a photo from the library and a bio in paragraphs', async ({ page }) => {
  const name = `Maren Holt ${randomUUID().slice(0, 6)}`;
  await signInAs(page, await createUser('editor'));
  await page.goto('/admin/authors');
  const form = page.getByRole('region', { name: 'New author' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Job title').fill('Harbour reporter');
  await form.getByLabel('Bio').fill('Covers the harbour and the fleet.\n\nBefore that, eight years on the courts beat.');
  await form.getByRole('button', { name: 'Choose photo' }).click();
  const picker = page.getByRole('dialog', { name: 'Media library' });
  const first = picker.getByRole('button', { name: /^Use picture: / }).first();
  const alt = (await first.getAttribute('aria-label'))!.replace('Use picture: ', '');
  await first.click();
  await expect(picker).toHaveCount(0);
  await expect(form.getByRole('img', { name: alt })).toBeVisible();
  await form.getByRole('button', { name: 'Create author' }).click();
  await expect(form.getByRole('status')).toHaveText(`Author “${name}” created.`);

  await page.goto(`/author/${name.toLowerCase().replace(/ /g, '-')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByText('Harbour reporter')).toBeVisible();
  await expect(page.getByText('Covers the harbour and the fleet.')).toBeVisible();
  await expect(page.getByText('Before that, eight years on the courts beat.')).toBeVisible();
  await expect(page.locator('main img').first()).toHaveAttribute('alt', alt);
});
