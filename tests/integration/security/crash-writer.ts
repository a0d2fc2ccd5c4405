/**
 * Run as a child process by kill-harness.test.ts: random intakes, stage changes and draft saves on the
 * encrypted database through the dispatcher, forever, printing "ACK …" only after each call returned ok
 * (the write is committed), synchronously, so every line the parent reads is an acknowledged write.
 */
import { randomUUID } from 'node:crypto';
import { writeSync } from 'node:fs';
import { createDispatcher } from '../../../core/dispatcher';
import { EventBus } from '../../../core/event-bus';
import { memorySettings } from '../../../core/settings';
import { openDatabase } from '../../../db/open';
import type { Complaint } from '../../../shared/domain/complaint';
import { STAGES, type Stage } from '../../../shared/domain/stages';
import { TEST_DATABASE_KEY } from '../../support/database-key';
import { validIntake } from '../../support/desk';
import { validStageData } from '../../support/workflow';

const [path] = process.argv.slice(2) as [string];
const db = openDatabase(path, { key: TEST_DATABASE_KEY });
const dispatch = createDispatcher({
  db,
  clock: () => new Date(),
  newId: randomUUID,
  settings: memorySettings({ signedInAgent: { id: 'A1001', name: '王芳', role: 'agent' } }),
  events: new EventBus(),
});
const stageData = validStageData();
const ack = (line: string) => writeSync(1, `ACK ${line}\n`);
const open = db.prepare("SELECT id, stage, version FROM complaints WHERE status = 'open' AND stage != 'closure' ORDER BY random() LIMIT 1");
const DRAFT_IDS = ['6f1c2d3e-0000-4000-8000-00000000c001', '6f1c2d3e-0000-4000-8000-00000000c002'];

for (let n = 0; ; n++) {
  const roll = Math.random();
  if (roll < 0.4) {
    const result = await dispatch('complaints.create', validIntake({ customerName: `客户${n}`, callTime: new Date(Date.now() - 60_000).toISOString() }));
    if (result.ok) ack(`create ${(result.value as Complaint).id}`);
  } else if (roll < 0.7) {
    const row = open.get() as { id: string; stage: Stage; version: number } | undefined;
    if (!row || !STAGES.includes(row.stage)) continue;
    const result = await dispatch('complaints.advance', { id: row.id, baseVersion: row.version, stage: row.stage, data: stageData[row.stage] });
    if (result.ok) ack(`advance ${row.id} ${(result.value as { complaint: Complaint }).complaint.version}`);
  } else {
    // A counter that only grows across restarts: the time in microseconds.
    const stamp = Date.now() * 1000 + (n % 1000);
    const id = DRAFT_IDS[n % 2]!;
    const result = await dispatch('drafts.save', { id, payload: { stamp, description: `第${n}次自动保存` } });
    if (result.ok) ack(`draft ${id} ${stamp}`);
  }
}
