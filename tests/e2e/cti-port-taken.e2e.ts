import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:net';
import { screenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

let host: RunningHost | null = null;
let blocker: Server | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
  await new Promise((done) => (blocker ? blocker.close(done) : done(null)));
  blocker = null;
});

test('a softphone port held by another program is shown as down, with no address to copy', async ({ page }) => {
  blocker = createServer().listen(0, '127.0.0.1');
  await new Promise((done) => blocker!.once('listening', done));
  const taken = (blocker.address() as { port: number }).port;
  host = await startHost(newDataDir(), {}, { ctiPort: taken });
  expect(host.ctiUrl).toBeNull();
  await page.goto(host.url);
  await signIn(page);
  await page.getByRole('menuitem', { name: '设置' }).click();
  const card = page.getByTestId('cti-settings');
  await expect(card.getByTestId('cti-endpoint-down')).toContainText(`端口 ${taken} 已被其他程序占用`);
  await expect(card.getByTestId('cti-endpoint-url')).toHaveCount(0);
  await expect(card).not.toContainText(`127.0.0.1:${taken}/cti/`);
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'cti-endpoint-down');
});
