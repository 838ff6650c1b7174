import { expect, test } from './support/harness';

test('the built renderer loads and reaches main through window.api', async ({ page, harness }) => {
  await harness.open(page);
  const status = await page.evaluate(() => (window as unknown as { api: { app: { status: (i: object) => Promise<unknown> } } }).api.app.status({}));
  expect(status).toMatchObject({ ok: true, value: { state: 'needs_setup' } });
});
