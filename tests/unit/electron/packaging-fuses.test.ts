import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// electron-builder's own YAML reader (js-yaml), so the test reads the file exactly as packaging does.
import { load } from 'js-yaml';

const config = load(readFileSync(resolve(import.meta.dirname, '../../../electron-builder.yml'), 'utf8')) as Record<string, unknown>;

describe('the packaged binary', () => {
  it('has the security fuses flipped: no Node mode, no inspector or NODE_OPTIONS, only its integrity-checked asar, encrypted cookies', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('is packed into an asar archive (what the integrity fuse checks)', () => {
    expect(config.asar).not.toBe(false);
  });
});
