import { createServer, connect, type Server, type Socket } from 'node:net';

export interface LinkCutter {
  /** The address a desk is pointed at instead of the server's. */
  url: string;
  /** The desk's link goes down: open connections drop and new ones are refused. */
  cut(): Promise<void>;
  /** The link returns on the same address. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A TCP relay in front of the company server for one desk, so that desk alone can go offline while
 * the others stay connected (stopping the server would take everyone offline).
 */
export async function linkCutter(target: string): Promise<LinkCutter> {
  const { hostname, port: targetPort } = new URL(target);
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((ready) => {
      server = createServer((client) => {
        const upstream = connect(Number(targetPort), hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        ready();
      });
    });
  const stop = () =>
    new Promise<void>((done) => {
      for (const s of sockets) s.destroy();
      if (!server) return done();
      server.close(() => done());
      server = null;
    });
  await listen();
  return { url: `http://127.0.0.1:${port}`, cut: stop, restore: listen, close: stop };
}
