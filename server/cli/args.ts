import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export const DEFAULT_DATA_DIR = join(homedir(), '.complaint-desk-server');
export const DEFAULT_PORT = 8470;

export interface CliArgs {
  command: 'serve' | 'admin-create' | 'demo';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  employeeNo?: string;
  name?: string;
  password?: string;
  /** serve: seed the demo organisation first when the database has no users (how `npm start` runs it). */
  demoIfEmpty: boolean;
}

export const USAGE = `usage:
  npm run server -- [--port N] [--host H] [--data DIR] [--demo-if-empty]
                                                               start the server (seeding the demo organisation
                                                               into a database that has no users, if asked)
  npm run server -- admin create [--employee-no ID] [--name NAME] [--password PW] [--data DIR]
                                                               create an admin (asks for what is missing)
  npm run server -- demo [--data DIR]                          seed the demo organisation into an empty database
DATABASE_URL=postgres://… uses that PostgreSQL instead of the embedded one (PGlite in --data DIR, default ${DEFAULT_DATA_DIR}).`;

export function parseCliArgs(argv: string[], env: NodeJS.ProcessEnv): CliArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      'employee-no': { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      'demo-if-empty': { type: 'boolean' },
    },
  });
  const words = positionals.join(' ');
  const command = words === '' ? 'serve' : words === 'admin create' ? 'admin-create' : words === 'demo' ? 'demo' : undefined;
  if (!command) throw new Error(`unknown command "${words}"\n${USAGE}`);
  const port = Number(values.port ?? env.PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not "${values.port}"`);
  return {
    command,
    port,
    host: values.host ?? env.HOST ?? '127.0.0.1',
    dataDir: values.data ?? env.COMPLAINT_DESK_SERVER_DATA ?? DEFAULT_DATA_DIR,
    databaseUrl: env.DATABASE_URL || undefined,
    employeeNo: values['employee-no'],
    name: values.name,
    password: values.password,
    demoIfEmpty: values['demo-if-empty'] ?? false,
  };
}
