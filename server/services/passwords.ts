import { hash, verify } from '@node-rs/argon2';

/** OWASP's minimum for Argon2id (@node-rs/argon2's default algorithm): 19 MiB, 2 passes, 1 lane. */
export const ARGON2_PARAMS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const CURRENT_PREFIX = `$argon2id$v=19$m=${ARGON2_PARAMS.memoryCost},t=${ARGON2_PARAMS.timeCost},p=${ARGON2_PARAMS.parallelism}$`;

export const hashPassword = (password: string) => hash(password, ARGON2_PARAMS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash made with other parameters is replaced at the next successful sign-in. */
export const needsRehash = (passwordHash: string) => !passwordHash.startsWith(CURRENT_PREFIX);

let dummyHash: Promise<string> | undefined;
/** Verifying against this for an unknown 工号 makes its answer take as long as a wrong password's. */
export const dummyPasswordHash = () => (dummyHash ??= hashPassword('no such user, no such password'));
