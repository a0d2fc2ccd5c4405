import { randomUUID } from 'node:crypto';
import type { DatabaseKey } from '../../db/database-key';
import { openDatabase } from '../../db/open';
import type { DeskContext } from '../../core/context';
import { createDispatcher } from '../../core/dispatcher';
import { EventBus } from '../../core/event-bus';
import { memorySettings } from '../../core/settings';
import type { Agent } from '../../shared/api/session';
import type { IntakeInput } from '../../shared/domain/intake';
import { makeTempDir } from './temp-dir';
import { join } from 'node:path';

export const AGENT: Agent = { id: 'A1001', name: '王芳', role: 'agent' };

/** A desk on a real SQLite file in a temp dir, with a clock tests can move. */
export function makeTestDesk(options: { agent?: Agent | null; now?: Date; key?: DatabaseKey } = {}) {
  const { dir, cleanup } = makeTempDir();
  const db = openDatabase(join(dir, 'desk.sqlite'), { key: options.key });
  let now = options.now ?? new Date('2026-11-25T02:00:00.000Z');
  const agent = options.agent === undefined ? AGENT : options.agent;
  const ctx: DeskContext = {
    db,
    clock: () => now,
    newId: randomUUID,
    settings: memorySettings(agent ? { 'signedInAgent': agent } : {}),
    events: new EventBus(),
  };
  return {
    dir,
    db,
    ctx,
    dispatch: createDispatcher(ctx),
    setNow: (date: Date) => void (now = date),
    close: () => {
      db.close();
      cleanup();
    },
  };
}

export function validIntake(overrides: Partial<IntakeInput> = {}): IntakeInput {
  return {
    callTime: '2026-11-25T10:00:00+08:00',
    customerName: '张伟',
    contactPhone: '138 0013 8000',
    policyNumber: 'P2026-000123',
    complaintType: 'claims_dispute',
    complaintSubtype: 'claim_amount',
    description: '车险理赔金额比定损少了三千元，客户认为不合理。',
    demand: '按定损金额全额赔付',
    channel: 'phone',
    initialJudgement: '需核对定损单',
    ...overrides,
  };
}
