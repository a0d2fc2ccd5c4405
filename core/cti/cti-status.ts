import type { DeskContext } from '../context';

interface CtiStatus {
  /** The port the CTI endpoint really listens on (null: not listening). */
  listeningPort: number | null;
  /** The port it failed to take (another program holds it), until a start succeeds; null otherwise. */
  downPort: number | null;
}

const statuses = new WeakMap<DeskContext, CtiStatus>();

function record(ctx: DeskContext, status: CtiStatus): void {
  statuses.set(ctx, status);
  ctx.events.emit('cti.statusChanged', { listeningPort: status.listeningPort });
}

/** The endpoint listens on `port`, or (null) was stopped on purpose. */
export function recordCtiListening(ctx: DeskContext, port: number | null): void {
  record(ctx, { listeningPort: port, downPort: null });
}

/** The endpoint could not take `port`: whatever holds it would get a softphone's token and caller numbers. */
export function recordCtiDown(ctx: DeskContext, port: number): void {
  record(ctx, { listeningPort: null, downPort: port });
}

export function ctiListeningPort(ctx: DeskContext): number | null {
  return statuses.get(ctx)?.listeningPort ?? null;
}

export function ctiDownPort(ctx: DeskContext): number | null {
  return statuses.get(ctx)?.downPort ?? null;
}
