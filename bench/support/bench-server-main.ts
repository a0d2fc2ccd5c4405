import { startServer } from '../../server/start';

/**
 * The server of a sync benchmark in its own process, so the simulated desks' CPU is not counted in
 * its answers: DATABASE_URL from the environment, limits wide open, prints where it listens.
 */
const WIDE = { max: 100_000_000, windowSeconds: 60 };
async function main() {
  const server = await startServer({
  databaseUrl: process.env.DATABASE_URL!,
  port: 0,
  host: '127.0.0.1',
  demoIfEmpty: true,
  limits: { loginPerClient: WIDE, loginPerAccount: WIDE, refreshPerClient: WIDE, callsPerUser: WIDE },
});
  console.log(`[server] listening on ${server.url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

void main();
