/**
 * Run as a child process by plaintext-migration.test.ts: encrypts a plaintext database, killing itself
 * with SIGKILL at the named step (afterCopy, beforeRename) or wherever the parent kills it ("none").
 */
import { encryptPlaintextDatabase } from '../../../db/plaintext-database';
import { TEST_DATABASE_KEY } from '../../support/database-key';

const [path, killAt] = process.argv.slice(2) as [string, string];
process.stdout.write('starting\n');
const kill = () => process.kill(process.pid, 'SIGKILL');
encryptPlaintextDatabase(path, TEST_DATABASE_KEY, {
  afterCopy: killAt === 'afterCopy' ? kill : undefined,
  beforeRename: killAt === 'beforeRename' ? kill : undefined,
});
