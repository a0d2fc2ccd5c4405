import { EventBus } from './event-bus';

/**
 * A bus for opening the desk that logs the search index build of an existing database (the first
 * open after the upgrade can take a while on a large file): every 10,000 complaints and at the end.
 */
export function busLoggingIndexProgress(prefix: string): EventBus {
  const bus = new EventBus();
  bus.subscribe((name, payload) => {
    if (name !== 'search.indexProgress') return;
    const { done, total } = payload as { done: number; total: number };
    if (total > 0 && (done === total || done % 10_000 === 0)) console.log(`${prefix} building the search index: ${done}/${total} complaints`);
  });
  return bus;
}
