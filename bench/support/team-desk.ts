import { randomUUID } from 'node:crypto';
import type { ComplaintWriteDB, WritableDB } from '../../db/handles';
import { insertComplaint } from '../../db/repositories/complaints';
import type { DeskContext } from '../../core/context';
import { EventBus } from '../../core/event-bus';
import { memorySettings } from '../../core/settings';
import { CHANNELS } from '../../shared/domain/channels';
import { createComplaint } from '../../shared/domain/commands/create-complaint';
import type { Complaint } from '../../shared/domain/complaint';
import { COMPLAINT_TYPES, COMPLAINT_TYPE_CODES } from '../../shared/domain/complaint-types';
import { Intake } from '../../shared/domain/intake';
import { STAGES } from '../../shared/domain/stages';
import { validIntake } from '../../tests/support/valid-intake';
import { validStageData } from '../../tests/support/workflow';

export const BENCH_NOW = new Date('2026-11-25T02:00:00.000Z');
export const BENCH_LEAD = { id: 'L2001', name: '李强', role: 'lead' as const };
const AGENTS = Array.from({ length: 40 }, (_, i) => ({ id: `A${1000 + i}`, name: `坐席${i}` }));
const DAY_MS = 86_400_000;

/** A deterministic pseudo-random sequence, so every run seeds the same team. */
function lcg(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return Math.floor((s / 2 ** 31) * n);
  };
}

/**
 * n complaints spread over 90 days before the bench clock, 40 agents, every type, channel and stage,
 * a third closed with their stage data: what a lead's desk holds once sync brings the team's work.
 */
export function seedTeam(db: WritableDB, n: number): void {
  const pick = lcg(42);
  const data = validStageData();
  const template = createComplaint({ id: 't', number: 'TS-0', eventId: 'e', intake: Intake.parse(validIntake()) }, AGENTS[0]!, BENCH_NOW).complaint;
  const write = db as ComplaintWriteDB;
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const type = COMPLAINT_TYPE_CODES[pick(COMPLAINT_TYPE_CODES.length)]!;
      const subtypes = COMPLAINT_TYPES[type];
      const received = new Date(BENCH_NOW.getTime() - pick(90 * DAY_MS));
      const closed = pick(3) === 0;
      const stage = closed ? 'closure' : STAGES[pick(6)]!;
      const complaint: Complaint = {
        ...template,
        id: randomUUID(),
        number: `TS-${i}`,
        stage,
        status: closed ? 'closed' : 'open',
        receivedAt: received.toISOString(),
        assignee: AGENTS[pick(AGENTS.length)]!,
        complexity: pick(5) === 0 ? 'complex' : 'standard',
        endedAt: closed ? new Date(received.getTime() + pick(40 * DAY_MS)).toISOString() : null,
        stages: closed ? { registration: data.registration, analysis: data.analysis, feedback: { ...data.feedback, satisfaction: 1 + pick(5) }, closure: data.closure } : {},
        intake: {
          ...template.intake,
          customerName: `客户${i}`,
          complaintType: type,
          complaintSubtype: subtypes[pick(subtypes.length)]!,
          channel: CHANNELS[pick(CHANNELS.length)]!,
        },
      } as Complaint;
      insertComplaint(write, complaint);
    }
  })();
}

export function benchContext(db: WritableDB): DeskContext {
  return { db, clock: () => BENCH_NOW, newId: randomUUID, settings: memorySettings({ signedInAgent: BENCH_LEAD }), events: new EventBus() };
}
