import sharp from 'sharp';
import { expect, signInAs, test } from '../fixtures';
import { createUser } from '../factories/users';

const png = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#2a6f97' } }).png().toBuffer();

test('an editor uploads a PNG with alt text and sees it in the library', async ({ page, db }) => {
  await signInAs(page, await createUser('editor'));
  await page.goto('/admin/media');
  const alt = `Lifeboat crew on the slipway ${Date.now()}`;
  const upload = page.getByRole('form', { name: 'Upload a picture' });
  await upload.getByLabel('Picture file').setInputFiles({ name: 'Lifeboat crew.png', mimeType: 'image/png', buffer: await png(800, 500) });
  await upload.getByLabel('Alt text').fill(alt);
  await upload.getByLabel('Credit').fill('Dateline staff');
  await upload.getByRole('button', { name: 'Upload' }).click();

  await expect(upload.getByRole('status')).toHaveText(`Uploaded “${alt}”.`);
  const thumbnail = page.getByRole('list', { name: 'Pictures' }).getByRole('img', { name: alt });
  await thumbnail.scrollIntoViewIfNeeded();
  await expect(thumbnail).toBeVisible();
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  expect(await db.image.findFirstOrThrow({ where: { alt }, select: { variants: true, credit: true } })).toEqual({ variants: '[320,640]', credit: 'Dateline staff' });
});

test('a text file renamed .jpg is refused with a clear message', async ({ page, db }) => {
  await signInAs(page, await createUser('contributor'));
  await page.goto('/admin/media');
  const alt = `Not really a photo ${Date.now()}`;
  const upload = page.getByRole('form', { name: 'Upload a picture' });
  await upload.getByLabel('Picture file').setInputFiles({ name: 'harbour.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('Shopping list: bread, milk, bait.\n') });
  await upload.getByLabel('Alt text').fill(alt);
  await upload.getByRole('button', { name: 'Upload' }).click();

  await expect(upload.getByRole('alert')).toHaveText('This file is not a JPEG, PNG, WebP or AVIF image.');
  expect(await db.image.count({ where: { alt } })).toBe(0);
});

test('an upload without alt text is refused', async ({ page }) => {
  await signInAs(page, await createUser('contributor'));
  await page.goto('/admin/media');
  const upload = page.getByRole('form', { name: 'Upload a picture' });
  await upload.getByLabel('Picture file').setInputFiles({ name: 'quay.png', mimeType: 'image/png', buffer: await png(120, 80) });
  await upload.getByRole('button', { name: 'Upload' }).click();

  await expect(upload.getByRole('alert')).toHaveText('Add alt text: describe the picture for readers who cannot see it.');
  await expect(upload.getByLabel('Alt text')).toHaveAttribute('aria-invalid', 'true');
});

test('the upload endpoint refuses anonymous and cross-site posts', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const multipart = { alt: 'A gull', file: { name: 'gull.png', mimeType: 'image/png', buffer: await png(60, 40) } };
  const anonymous = await page.request.post('/api/admin/media', { headers: { Origin: origin }, multipart });
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toMatchObject({ ok: false });

  await signInAs(page, await createUser('contributor'));
  const crossSite = await page.request.post('/api/admin/media', { headers: { Origin: 'https://elsewhere.example' }, multipart });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.json()).toEqual({ ok: false, message: 'Uploads are accepted only from the newsroom’s own pages.' });
  const sameSite = await page.request.post('/api/admin/media', { headers: { Origin: origin }, multipart });
  expect(sameSite.status()).toBe(200);
});
