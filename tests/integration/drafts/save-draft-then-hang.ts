/**
 * Run as a child process by drafts-survive-kill.test.ts: autosaves one draft through the dispatcher,
 * says so on stdout, then hangs until the test kills it with SIGKILL.
 */
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../../../db/open';
import { createDispatcher } from '../../../core/dispatcher';
import { EventBus } from '../../../core/event-bus';
import { memorySettings } from '../../../core/settings';

const [path, input] = process.argv.slice(2) as [string, string];
const db = openDatabase(path);
const dispatch = createDispatcher({
  db,
  clock: () => new Date(),
  newId: randomUUID,
  settings: memorySettings({ 'signedInAgent': { id: 'A1001', name: '王芳', role: 'agent' } }),
  events: new EventBus(),
});
const result = await dispatch('drafts.save', JSON.parse(input));
process.stdout.write(result.ok ? 'saved\n' : `failed ${JSON.stringify(result)}\n`);
setInterval(() => {}, 1000);
