/** Run as a child process by schema-migration-kill.test.ts: opens (and so migrates) the encrypted database, saying when it starts. */
import { writeSync } from 'node:fs';
import { openDatabase } from '../../../db/open';
import { TEST_DATABASE_KEY } from '../../support/database-key';

const [path] = process.argv.slice(2) as [string];
writeSync(1, 'starting\n');
openDatabase(path, { key: TEST_DATABASE_KEY }).close();
writeSync(1, 'migrated\n');
