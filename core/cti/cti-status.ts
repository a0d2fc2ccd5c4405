import type { DeskContext } from '../context';

/** Per desk: the port the CTI endpoint really listens on (null: not listening, e.g. the port is taken). */
const listening = new WeakMap<DeskContext, number | null>();

export function recordCtiListening(ctx: DeskContext, port: number | null): void {
  listening.set(ctx, port);
  ctx.events.emit('cti.statusChanged', { listeningPort: port });
}

export function ctiListeningPort(ctx: DeskContext): number | null {
  return listening.get(ctx) ?? null;
}
