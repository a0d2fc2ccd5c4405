import { openDesk } from '../../../core/desk';
import { memorySettings } from '../../../core/settings';
import type { Complaint } from '../../../shared/domain/complaint';
import type { IntakeInput } from '../../../shared/domain/intake';
import { STAGES } from '../../../shared/domain/stages';
import { browserModeDatabaseKey } from '../../../web/database-key';
import { validIntake } from '../../support/desk';
import { validStageData } from '../../support/workflow';

const AGENT = { id: 'A1001', name: '王芳', role: 'agent' } as const;
const DAY = 24 * 60 * 60 * 1000;
/** When the fixtures' complaint is closed (its stage data's dates run up to 2026-12-03). */
const CLOSED_AT = Date.parse('2026-12-05T02:00:00.000Z');

/** The fixtures' dates and times moved back by whole days (the same wall time, as written with its offset). */
function daysEarlier<T>(value: T, days: number): T {
  const text = JSON.stringify(value).replace(/(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?/g, (_m, day: string, time = '', zone = '') => {
    const moved = new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY).toISOString().slice(0, 10);
    return `${moved}${time}${zone}`;
  });
  return JSON.parse(text) as T;
}

/**
 * Closed complaints of A1001 王芳 (the demo agent e2e signs in as), written into a data directory before the host
 * starts through the desk's own calls: one per entry, taken and walked through the seven stages `daysAgo` days
 * before 2026-12-05 (the fixtures' dates moved with it), so a spec can have a decision received long ago.
 */
export async function seedClosedComplaints(dataDir: string, entries: { daysAgo: number; intake?: Partial<IntakeInput> }[]): Promise<Complaint[]> {
  let now = new Date(CLOSED_AT);
  const desk = openDesk({
    dataDir,
    settings: memorySettings({ signedInAgent: AGENT }),
    clock: () => now,
    // The key the web host will open the file with (its key file in dataDir), so no plaintext copy is left behind.
    key: browserModeDatabaseKey(dataDir, {}),
  });
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const result = await desk.dispatch(name, input);
    if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  try {
    const closed: Complaint[] = [];
    for (const { daysAgo, intake = {} } of entries) {
      now = new Date(CLOSED_AT - daysAgo * DAY);
      let complaint = await call<Complaint>('complaints.create', daysEarlier(validIntake(intake), daysAgo));
      const data = daysEarlier(validStageData(), daysAgo);
      for (const stage of STAGES) {
        complaint = (await call<{ complaint: Complaint }>('complaints.advance', { id: complaint.id, baseVersion: complaint.version, stage, data: data[stage] })).complaint;
      }
      closed.push(complaint);
    }
    return closed;
  } finally {
    desk.close();
  }
}
