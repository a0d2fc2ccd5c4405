import { join } from 'node:path';
import expressPouchdb from 'express-pouchdb';
import PouchDB from 'pouchdb';

/**
 * The PouchDB peer of the sync-drain benchmark in its own process: express-pouchdb (the HTTP layer of
 * pouchdb-server, CouchDB's replication API) over PouchDB's LevelDB adapter, databases in the directory
 * given. Prints where it listens.
 */
const dir = process.argv[2]!;
const OnDisk = PouchDB.defaults({ prefix: `${dir}/` });
const app = expressPouchdb(OnDisk, { mode: 'minimumForPouchDB', configPath: join(dir, 'config.json'), logPath: join(dir, 'log.txt') });
const server = app.listen(0, '127.0.0.1', () => {
  const address = server.address() as { port: number };
  console.log(`[pouchdb] listening on http://127.0.0.1:${address.port}`);
});
process.on('SIGTERM', () => process.exit(0));
