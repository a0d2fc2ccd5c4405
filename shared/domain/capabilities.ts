import type { Role } from './actor';

/**
 * What a person may do, from their role: the one place that turns a role into abilities. Screens and
 * use cases ask for a capability by name and never compare role strings (tests/unit/domain/capabilities.test.ts
 * holds every other file to that). The calls' own `access` lists in shared/api say the same for the
 * dispatcher; the test checks the two agree.
 */
export interface Capabilities {
  /** 管理: users, teams, branches and the organisation's settings (an admin's first sign-in adopts the desk's older ones). */
  adminArea: boolean;
  /** The daily log and dashboard over every branch, which the server writes. */
  allBranchesExport: boolean;
  /** Entering a period's regulatory figures (监管统计). */
  figuresEntry: boolean;
  /** Reports (dashboard, 监管统计, 溯源整改) and exports of the complaints the desk holds. */
  reports: boolean;
  /** The team's queue: every open complaint the desk holds, by assignee, and their deadline reminders. */
  teamQueue: boolean;
  /** The members of their own team, as the server lists them. */
  teamMembers: boolean;
  /** The complaints sync flagged for review: listing, resolving and being reminded of them. */
  reviewQueue: boolean;
  /** Handing complaints to anyone active, in bulk too (an agent hands their own within their team only). */
  reassign: boolean;
  /** Approving a deadline extension. */
  approveExtension: boolean;
  /** Working any complaint in sight, not only those assigned to them. */
  workAnyComplaint: boolean;
  /** Taking off an attachment someone else added. */
  removeAnyAttachment: boolean;
  /** Changing the company server address once one is set. */
  changeServerAddress: boolean;
  /** Being handed complaints to work (a reassign candidate). */
  takesComplaints: boolean;
  /** Leading a team. */
  leadsTeam: boolean;
  /** Which complaints they see (shared/domain/visibility/visibility-rule.ts): every one, their team's, or their own. */
  sees: 'everything' | 'team' | 'own';
}

const SUPERVISOR = {
  reports: true,
  teamQueue: true,
  reviewQueue: true,
  reassign: true,
  approveExtension: true,
  workAnyComplaint: true,
  removeAnyAttachment: true,
} as const;

const BY_ROLE: Record<Role, Capabilities> = {
  agent: {
    adminArea: false,
    allBranchesExport: false,
    figuresEntry: false,
    reports: false,
    teamQueue: false,
    teamMembers: false,
    reviewQueue: false,
    reassign: false,
    approveExtension: false,
    workAnyComplaint: false,
    removeAnyAttachment: false,
    changeServerAddress: false,
    takesComplaints: true,
    leadsTeam: false,
    sees: 'own',
  },
  lead: {
    ...SUPERVISOR,
    adminArea: false,
    allBranchesExport: false,
    figuresEntry: false,
    teamMembers: true,
    changeServerAddress: false,
    takesComplaints: true,
    leadsTeam: true,
    sees: 'team',
  },
  admin: {
    ...SUPERVISOR,
    adminArea: true,
    allBranchesExport: true,
    figuresEntry: true,
    teamMembers: false,
    changeServerAddress: true,
    takesComplaints: false,
    leadsTeam: false,
    sees: 'everything',
  },
};

export type Capability = { [K in keyof Capabilities]: Capabilities[K] extends boolean ? K : never }[keyof Capabilities];

export function capabilities(actor: { role: Role }): Capabilities {
  return BY_ROLE[actor.role];
}

export function may(actor: { role: Role }, capability: Capability): boolean {
  return capabilities(actor)[capability];
}
