import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { spawnListening } from './spawn-listening';

const ADMIN_URL = process.env.SERVER_TEST_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchServer {
  url: string;
  databaseUrl: string;
  /** Server process CPU seconds (user + system) so far, from /proc. */
  cpuSeconds(): number;
  close(): Promise<void>;
}

/** A fresh PostgreSQL database and a server process on it (demo organisation seeded). */
export async function startBenchServer(prefix: string): Promise<BenchServer> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const databaseUrl = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  const { child, url, exited } = await spawnListening('bench/support/bench-server-main.ts', { env: { ...process.env, DATABASE_URL: databaseUrl }, tag: 'server' });
  return {
    url,
    databaseUrl,
    cpuSeconds() {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    },
    async close() {
      child.kill('SIGTERM');
      await exited;
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
