import { expect, test } from '@playwright/test';
import { createServer } from 'node:net';
import { screenshot } from './support/screenshots';
import { signIn } from './support/sign-in';
import { newDataDir, startHost, type RunningHost } from './support/web-host';

let host: RunningHost | null = null;
test.afterEach(async () => {
  await host?.stop();
  host = null;
});

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

const bare = (url: string) => `${new URL(url).origin}/`;

test('the address without its token says so at once instead of showing a sign-in form', async ({ page }) => {
  host = await startHost(newDataDir());
  await page.goto(bare(host.url));
  await expect(page.getByTestId('token-notice')).toBeVisible();
  await expect(page.getByText('此地址缺少访问令牌')).toBeVisible();
  await expect(page.locator('#employee-no')).toHaveCount(0);
  await screenshot(page, 'browser-token-missing');
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByText('This address is missing its access token')).toBeVisible();
  await screenshot(page, 'browser-token-missing');
});

test('a bookmarked desk keeps working across restarts; a token the host does not know is named as such', async ({ page, context }) => {
  const dataDir = newDataDir();
  const port = await freePort();
  host = await startHost(dataDir, {}, { port });
  await page.goto(host.url);
  await signIn(page);
  await host.stop();

  host = await startHost(dataDir, {}, { port });
  const bookmark = await context.newPage();
  await bookmark.goto(bare(host.url));
  await expect(bookmark.getByTestId('signed-in-agent')).toContainText('A1001');
  await bookmark.evaluate(() => localStorage.setItem('complaint-desk.token', 'a-token-from-another-install-000000000'));
  await bookmark.reload();
  await expect(bookmark.getByText('访问令牌已失效')).toBeVisible();
  await expect(bookmark.locator('#employee-no')).toHaveCount(0);
});
