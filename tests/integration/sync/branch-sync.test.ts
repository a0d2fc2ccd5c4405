import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../../shared/domain/complaint';
import type { RegulatoryStats } from '../../../shared/domain/reports/regulatory';
import { agentFromProfile } from '../../../core/services/current-agent';
import { applyPullPage } from '../../../core/sync/apply-page';
import { complaintBranch } from '../../../db/repositories/complaint-branch';
import { findComplaint, serverFieldVersions } from '../../../db/repositories/complaints';
import { readReportRows } from '../../../db/repositories/report-rows-repository';
import { readAllReportRows } from '../../../server/reports/server-report-rows';
import { getOrgSettings } from '../../../server/services/org-settings-service';
import { validIntake } from '../../support/desk';
import { syncedDesks } from '../../support/synced-desks';
import { valueOf, type TestDesk } from '../../support/workflow-desk';
import { BACKENDS } from '../server/support/backends';

const NOVEMBER = { start: '2026-11-01T00:00:00.000Z', end: '2026-12-01T00:00:00.000Z' };
const EAST = '华东分公司';
const SOUTH = '华南分公司';

describe.each(BACKENDS)('a complaint\'s branch (分公司) travels from the server to the desks\' report rows, on %s', (backend) => {
  const net = syncedDesks(backend, ['A1001', 'A3001', 'M3001']);
  const { deskOf, sync } = net;
  const rowsOn = (desk: TestDesk) => readReportRows(desk.db, NOVEMBER.start, NOVEMBER.end);
  const take = async (desk: TestDesk, day: string) =>
    valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake({ callTime: `2026-11-${day}T10:00:00+08:00` })));

  it('is the taker\'s at intake when the desk knows it, null when not, and the server\'s once pulled; the admin counts both branches', async () => {
    const east = agentFromProfile(net.session('A1001').profile);
    expect(east.branchName).toBe(EAST);
    const eastDesk = deskOf(east);
    const taken = await take(eastDesk, '10');
    // Before any sync: the branch from the signed-in person's profile.
    expect(rowsOn(eastDesk).map((r) => r.branch)).toEqual([EAST]);

    // A session from before accounts: the desk does not know its person's branch.
    const south = { id: 'A3001', name: agentFromProfile(net.session('A3001').profile).name, role: 'agent' as const };
    const southDesk = deskOf(south);
    const other = await take(southDesk, '12');
    expect(rowsOn(southDesk).map((r) => r.branch)).toEqual([null]);

    await sync(eastDesk, east);
    await sync(southDesk, south);
    expect(rowsOn(southDesk).map((r) => r.branch)).toEqual([SOUTH]);
    expect(complaintBranch(southDesk.db, other.id)).toEqual({ id: agentFromProfile(net.session('A3001').profile).branchId, name: SOUTH });
    expect(complaintBranch(eastDesk.db, taken.id)).toEqual({ id: east.branchId, name: EAST });

    const admin = agentFromProfile(net.session('M3001').profile);
    const adminDesk = deskOf(admin);
    await sync(adminDesk, admin);
    const adminRows = rowsOn(adminDesk);
    expect(adminRows.map((r) => [r.id, r.branch])).toEqual([
      [taken.id, EAST],
      [other.id, SOUTH],
    ]);
    // The server reads the same rows from its documents and its branches: the desk's SQL and reportRowOf agree.
    const serverRows = await readAllReportRows(net.server.ctx.pool, NOVEMBER.start, NOVEMBER.end, (await getOrgSettings(net.server.ctx)).deadlines);
    expect(serverRows).toEqual(adminRows);

    const stats = valueOf<RegulatoryStats>(await adminDesk.dispatch('reports.regulatory', { period: '2026-11' }));
    expect(stats.byBranch).toEqual([
      { branch: EAST, count: 1 },
      { branch: SOUTH, count: 1 },
    ]);

    // Reassigned to an agent of the other branch: the server places it there, and the next pull says so.
    const current = findComplaint(adminDesk.db, taken.id)!;
    valueOf(await adminDesk.dispatch('complaints.assign', { id: taken.id, baseVersion: current.version, assignee: { id: 'A3001', name: south.name } }));
    await sync(adminDesk, admin);
    expect(valueOf<RegulatoryStats>(await adminDesk.dispatch('reports.regulatory', { period: '2026-11' })).byBranch).toEqual([{ branch: SOUTH, count: 2 }]);
  });

  it('keeps the desk\'s branch when a server sends none, and takes the server\'s null when it has none', async () => {
    const east = agentFromProfile(net.session('A1001').profile);
    const desk = deskOf(east);
    const taken = await take(desk, '14');
    const page = (meta: object) => ({
      changes: [
        {
          kind: 'put' as const,
          complaint: findComplaint(desk.db, taken.id)!,
          events: [],
          meta: { fieldVersions: serverFieldVersions(desk.db, taken.id), needsReview: false, conflicts: [], deleted: false, ...meta },
        },
      ],
      cursor: 0,
      hasMore: false,
      highWater: 0,
      lastMutationId: 0,
      rejections: [],
    });
    applyPullPage(desk.ctx, east, page({}), new Date());
    expect(rowsOn(desk).map((r) => r.branch)).toEqual([EAST]);
    applyPullPage(desk.ctx, east, page({ branch: null }), new Date());
    expect(rowsOn(desk).map((r) => r.branch)).toEqual([null]);
  });
});
