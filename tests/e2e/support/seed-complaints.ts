import { openDesk } from '../../../core/desk';
import { memorySettings } from '../../../core/settings';
import type { Complaint } from '../../../shared/domain/complaint';
import type { IntakeInput } from '../../../shared/domain/intake';
import { STAGES } from '../../../shared/domain/stages';
import { browserModeDatabaseKey } from '../../../web/database-key';
import { validIntake } from '../../support/desk';
import { validStageData } from '../../support/workflow';

const AGENT = { id: 'A1001', name: '王芳', role: 'agent' } as const;

/**
 * Writes complaints into a data directory before the host starts, through the desk's own calls as
 * A1001 王芳 (the demo agent e2e signs in as: an agent finds only their own complaints):
 * the first is walked through all seven stages to 关闭, the others stay open.
 */
export async function seedComplaints(dataDir: string, closed: Partial<IntakeInput>, open: Partial<IntakeInput>[]): Promise<Complaint> {
  const desk = openDesk({
    dataDir,
    settings: memorySettings({ signedInAgent: AGENT }),
    clock: () => new Date('2026-12-05T02:00:00.000Z'),
    // The key the web host will open the file with (its key file in dataDir), so no plaintext copy is left behind.
    key: browserModeDatabaseKey(dataDir, {}),
  });
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const result = await desk.dispatch(name, input);
    if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  try {
    let complaint = await call<Complaint>('complaints.create', validIntake(closed));
    const data = validStageData();
    for (const stage of STAGES) {
      complaint = (await call<{ complaint: Complaint }>('complaints.advance', { id: complaint.id, baseVersion: complaint.version, stage, data: data[stage] })).complaint;
    }
    for (const intake of open) await call('complaints.create', validIntake(intake));
    return complaint;
  } finally {
    desk.close();
  }
}
