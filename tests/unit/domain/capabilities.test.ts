import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayCall, type CallName } from '../../../shared/api/contract';
import { ROLES, type Role } from '../../../shared/domain/actor';
import { capabilities, may, type Capability } from '../../../shared/domain/capabilities';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('capabilities', () => {
  it('gives each role what it may do', () => {
    const granted = (role: Role) =>
      Object.entries(capabilities({ role }))
        .filter(([, value]) => value === true)
        .map(([name]) => name)
        .sort();
    expect(granted('agent')).toEqual(['takesComplaints']);
    expect(granted('lead')).toEqual([
      'approveExtension', 'leadsTeam', 'reassign', 'removeAnyAttachment', 'reports', 'reviewQueue', 'takesComplaints', 'teamMembers', 'teamQueue', 'workAnyComplaint',
    ]);
    expect(granted('admin')).toEqual([
      'adminArea', 'allBranchesExport', 'approveExtension', 'changeServerAddress', 'figuresEntry', 'reassign', 'removeAnyAttachment', 'reports', 'reviewQueue', 'teamQueue', 'workAnyComplaint',
    ]);
    expect(ROLES.map((role) => capabilities({ role }).sees)).toEqual(['own', 'team', 'everything']);
  });

  it('agrees with the access lists of the calls behind each capability', () => {
    const behind: [Capability, CallName][] = [
      ['adminArea', 'admin.users.create'],
      ['adminArea', 'org.settings.set'],
      ['figuresEntry', 'reports.figures.set'],
      ['reports', 'reports.dashboard'],
      ['reports', 'exports.start'],
      ['teamQueue', 'team.queue'],
      ['teamQueue', 'search.assignees'],
      ['reassign', 'team.reassign'],
      ['reviewQueue', 'sync.reviewQueue'],
      ['reviewQueue', 'complaints.resolveReview'],
      ['leadsTeam', 'assist.quality.review'],
      ['leadsTeam', 'assist.quality.resolveAppeal'],
      ['reports', 'reports.quality'],
    ];
    for (const [capability, call] of behind) {
      for (const role of ROLES) expect([capability, call, role, may({ role }, capability)]).toEqual([capability, call, role, mayCall(call, { role })]);
    }
  });
});

/** Where roles are defined: the roles themselves, the one mapping to abilities, and the calls' access check. */
const ROLE_DEFINITIONS = ['shared/domain/actor.ts', 'shared/domain/capabilities.ts', 'shared/api/contract.ts'];
const ROLE_COMPARISON = [
  /\brole\s*[!=]==?\s*['"]/, // agent.role === 'admin'
  /['"](agent|lead|admin)['"]\s*[!=]==?/, // 'admin' === agent.role
  /\bcase\s+['"](agent|lead|admin)['"]/, // switch (viewer.role) { case 'admin': … }
  /\.includes\(\s*[\w.]*\.role\s*\)/, // roles.includes(agent.role)
  /\broles\s*:\s*\[/, // { roles: ['admin'] } on a screen
];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('role strings', () => {
  it('are compared nowhere in renderer/, core/, shared/ or server/ but where roles are defined: everything else asks capabilities()', () => {
    const offenders = ['renderer', 'core', 'shared', 'server']
      .flatMap(sourceFiles)
      .filter((file) => !ROLE_DEFINITIONS.includes(relative(ROOT, join(ROOT, file))))
      .flatMap((file) =>
        readFileSync(join(ROOT, file), 'utf8')
          .split('\n')
          .flatMap((line, i) => (ROLE_COMPARISON.some((pattern) => pattern.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(offenders).toEqual([]);
  });
});
