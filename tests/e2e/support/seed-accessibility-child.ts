import { openDesk } from '../../../core/desk';
import { memorySettings } from '../../../core/settings';
import type { Complaint } from '../../../shared/domain/complaint';
import type { IntakeInput } from '../../../shared/domain/intake';
import { STAGES, type Stage } from '../../../shared/domain/stages';
import { browserModeDatabaseKey } from '../../../web/database-key';
import { validIntake } from '../../support/valid-intake';
import { validStageData } from '../../support/workflow';
import type { AccessibilitySeed } from './seed-accessibility';

const DAY_MS = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY_MS).toISOString();

/**
 * Run by seed-accessibility.ts in a process of its own (node --import tsx), so the spec does not load the desk's core.
 *
 * Complaints in every state a badge or tag can show, written into a data directory before the host starts, through
 * the desk's own calls: A1001 王芳's (on track, due within 3 days, overdue, at 客户反馈, closed) and one of B2002 赵敏's,
 * so the lead's team queue and the reports have two people's work.
 */
async function seed(dataDir: string): Promise<AccessibilitySeed> {
  const takenBy = async <T>(agent: { id: string; name: string }, work: (call: <R>(name: string, input: unknown) => Promise<R>) => Promise<T>): Promise<T> => {
    const desk = openDesk({ dataDir, settings: memorySettings({ signedInAgent: { ...agent, role: 'agent' } }), key: browserModeDatabaseKey(dataDir, {}) });
    const call = async <R>(name: string, input: unknown): Promise<R> => {
      const result = await desk.dispatch(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
      return result.value as R;
    };
    try {
      return await work(call);
    } finally {
      desk.close();
    }
  };
  const data = validStageData();
  const advanceThrough = async (call: <R>(name: string, input: unknown) => Promise<R>, complaint: Complaint, stages: readonly Stage[]) => {
    let current = complaint;
    for (const stage of stages) {
      current = (await call<{ complaint: Complaint }>('complaints.advance', { id: current.id, baseVersion: current.version, stage, data: data[stage] })).complaint;
    }
    return current;
  };
  const create = (call: <R>(name: string, input: unknown) => Promise<R>, intake: Partial<IntakeInput>) => call<Complaint>('complaints.create', validIntake(intake));
  const seeded = await takenBy({ id: 'A1001', name: '王芳' }, async (call) => {
    const closed = await advanceThrough(call, await create(call, { callTime: daysAgo(6), customerName: '李娜' }), STAGES);
    const atFeedback = await advanceThrough(call, await create(call, { callTime: daysAgo(4), customerName: '刘洋' }), STAGES.slice(0, STAGES.indexOf('feedback')));
    await create(call, { callTime: daysAgo(13), customerName: '陈晨', complaintType: 'service_quality', complaintSubtype: 'slow_handling' });
    await create(call, { callTime: daysAgo(20), customerName: '周敏', complaintType: 'fraud', complaintSubtype: 'identity_misuse' });
    const open = await create(call, { callTime: daysAgo(1) });
    return { open, atFeedback, closed };
  });
  await takenBy({ id: 'B2002', name: '赵敏' }, (call) => create(call, { callTime: daysAgo(2), complaintType: 'claims_dispute', complaintSubtype: 'claim_denied', channel: 'online' }));
  return seeded;
}

const ids = await seed(process.argv[2]!);
process.stdout.write(JSON.stringify({ open: { id: ids.open.id }, atFeedback: { id: ids.atFeedback.id }, closed: { id: ids.closed.id } }));
