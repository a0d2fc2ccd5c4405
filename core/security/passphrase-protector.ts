import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import type { KeyProtector } from './key-protector';

/** scrypt at N=2^15, r=8: ~0.1 s per unlock here, and 32 MiB per guess for whoever tries passphrases. */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const MIN_PASSPHRASE_LENGTH = 8;

/** A passphrase that does not open the key: said plainly, because the agent can simply type it again. */
export class WrongPassphraseError extends Error {
  constructor() {
    super('[key] The passphrase does not open this desk\'s key. Type it again; nothing was changed.');
    this.name = 'WrongPassphraseError';
  }
}

export function checkPassphrase(passphrase: string): void {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) throw new Error(`[key] A passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`);
}

/** Wraps the key with AES-256-GCM under a key derived from the passphrase by scrypt: salt ‖ iv ‖ tag ‖ ciphertext. */
export function passphraseProtector(passphrase: string, backend = 'passphrase'): KeyProtector {
  checkPassphrase(passphrase);
  const derive = (salt: Buffer) => scryptSync(passphrase.normalize('NFC'), salt, 32, SCRYPT);
  return {
    backend,
    wrap(key) {
      const salt = randomBytes(SALT_BYTES);
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', derive(salt), iv);
      const body = Buffer.concat([cipher.update(key), cipher.final()]);
      return Buffer.concat([salt, iv, cipher.getAuthTag(), body]);
    },
    unwrap(wrapped) {
      const salt = wrapped.subarray(0, SALT_BYTES);
      const iv = wrapped.subarray(SALT_BYTES, SALT_BYTES + IV_BYTES);
      const tag = wrapped.subarray(SALT_BYTES + IV_BYTES, SALT_BYTES + IV_BYTES + TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', derive(salt), iv);
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([decipher.update(wrapped.subarray(SALT_BYTES + IV_BYTES + TAG_BYTES)), decipher.final()]);
      } catch {
        throw new WrongPassphraseError();
      }
    },
  };
}
