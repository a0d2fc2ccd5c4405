import { Buffer } from 'node:buffer';

/** A fixed key for tests: explicit, so a test shows it opens an encrypted database. */
export const TEST_DATABASE_KEY = Buffer.alloc(32, 0x5a);
