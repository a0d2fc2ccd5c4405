import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findElectronBinary } from '../../electron/tooling/electron-binary.mjs';

const binary = findElectronBinary();

test('the desktop app opens its window on the same renderer and signs an agent in', async () => {
  test.skip(!binary.available, `Electron binary not available here (${binary.available ? '' : binary.reason}); browser-mode tests cover the renderer.`);
  const app = await electron.launch({
    executablePath: binary.available ? binary.path : undefined,
    args: [resolve(import.meta.dirname, '../..'), `--user-data-dir=${mkdtempSync(join(tmpdir(), 'complaint-desk-electron-'))}`],
  });
  try {
    const window = await app.firstWindow();
    await expect(window.locator('#agent-name')).toBeFocused();
    await window.keyboard.type('王芳');
    await window.keyboard.press('Tab');
    await window.keyboard.type('A1001');
    await window.keyboard.press('Enter');
    await expect(window.getByTestId('signed-in-agent')).toContainText('A1001');
  } finally {
    await app.close();
  }
});
