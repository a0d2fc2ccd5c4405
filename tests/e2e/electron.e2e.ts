import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findElectronBinary } from '../../electron/tooling/electron-binary.mjs';
import { DEMO_PASSWORD } from './support/sign-in';
import { E2E_SERVER_ENV } from './support/web-host';

const binary = findElectronBinary();

test('the desktop app opens its window on the same renderer and signs an agent in', async () => {
  test.skip(!binary.available, `Electron binary not available here (${binary.available ? '' : binary.reason}); browser-mode tests cover the renderer.`);
  const app = await electron.launch({
    executablePath: binary.available ? binary.path : undefined,
    args: [
      resolve(import.meta.dirname, '../..'),
      `--user-data-dir=${mkdtempSync(join(tmpdir(), 'complaint-desk-electron-'))}`,
      `--server=${process.env[E2E_SERVER_ENV] ?? ''}`,
    ],
  });
  try {
    const window = await app.firstWindow();
    await expect(window.locator('#employee-no')).toBeFocused();
    await window.keyboard.type('A1001');
    await window.keyboard.press('Tab');
    await window.keyboard.type(DEMO_PASSWORD);
    await window.keyboard.press('Enter');
    await expect(window.getByTestId('signed-in-agent')).toContainText('A1001');
  } finally {
    await app.close();
  }
});
