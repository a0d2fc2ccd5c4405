import type { DeskContext } from '../context';
import { SyncRunner, type SyncRunnerOptions } from './sync-runner';

/** Starts background sync for the desk (the shells call it once the desk is open); it syncs whenever someone is signed in online. */
export function startSync(ctx: DeskContext, options: SyncRunnerOptions = {}): SyncRunner {
  const runner = new SyncRunner(ctx, options);
  ctx.sync = runner;
  runner.start();
  return runner;
}
