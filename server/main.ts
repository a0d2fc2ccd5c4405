import { systemClock } from './clock';
import { DataDirLockedError } from './db/data-dir-lock';
import { openDatabase } from './db/database';
import { Problem } from './problem';
import { adminCreate } from './cli/admin-create';
import { parseCliArgs, type CliArgs } from './cli/args';
import { serverContext } from './services/context';
import { DEMO_PASSWORD, seedDemoOrganisation, type DemoSignIn } from './services/demo-organisation';
import { startServer } from './start';

function printDemoSignIns(people: DemoSignIn[], args: CliArgs, url: string) {
  console.log(`[server] demo organisation seeded in ${where(args)}; every password is ${DEMO_PASSWORD}`);
  for (const person of people) console.log(`  ${person.employeeNo}  ${person.name}  (${person.role})`);
  console.log(`[server] sign in at ${url}`);
}

const where = (args: CliArgs) => (args.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${args.dataDir}`);

async function withDatabase<T>(args: CliArgs, work: (ctx: ReturnType<typeof serverContext>) => Promise<T>): Promise<T> {
  const database = await openDatabase(args.databaseUrl ? { databaseUrl: args.databaseUrl } : { dataDir: args.dataDir });
  try {
    return await work(serverContext(database.pool, systemClock));
  } finally {
    await database.close();
  }
}

async function serve(args: CliArgs) {
  const server = await startServer({
    port: args.port,
    host: args.host,
    ...(args.databaseUrl ? { databaseUrl: args.databaseUrl } : { dataDir: args.dataDir }),
    logger: { level: process.env.LOG_LEVEL ?? 'info' },
    demoIfEmpty: args.demoIfEmpty,
  });
  console.log(`[server] database: ${where(args)}`);
  if (server.seededDemo.length > 0) printDemoSignIns(server.seededDemo, args, server.url);
  console.log(`[server] listening on ${server.url}`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main() {
  const args = parseCliArgs(process.argv.slice(2), process.env);
  if (args.command === 'serve') return serve(args);
  if (args.command === 'admin-create') {
    console.log(await withDatabase(args, (ctx) => adminCreate(ctx, args)));
    return;
  }
  const people = await withDatabase(args, seedDemoOrganisation);
  printDemoSignIns(people, args, `http://${args.host}:${args.port}`);
  console.log(`[server] start it with: npm run server${args.databaseUrl ? '' : ` -- --data ${args.dataDir}`}`);
}

main().catch((error: unknown) => {
  const message =
    error instanceof Problem
      ? `${error.message}${error.fields ? ` (${error.fields.map((f) => `${f.path}: ${f.code}`).join(', ')})` : ''}`
      : error instanceof Error
        ? error.message
        : String(error);
  console.error(`[server] ${message}`);
  process.exit(error instanceof DataDirLockedError ? 3 : 1);
});
