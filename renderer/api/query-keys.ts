import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { CallInput, CallName } from '../../shared/api/contract';
import type { DeskEvent } from '../../shared/api/events';

/**
 * What the screens hold, in groups a change can name. A query's key is its group, then the call and
 * its input: `['complaint', id, 'complaints.get', { id }]`, `['complaints', 'list', 'queue.mine', …]`.
 * A mutation or a desk event invalidates the groups it changed (`changedBy`, `changedByEvent`), so a
 * note on one complaint refetches that complaint and the lists, not the admin's user table.
 */
export const queryGroups = {
  /** One complaint and what hangs off it: its page, deadline, review state, calls, attachments. */
  complaint: (id: string): QueryKey => ['complaint', id],
  /** Every open complaint page (a change that names no complaint, such as removing an attachment). */
  anyComplaint: ['complaint'] as QueryKey,
  /** Lists of complaints: my queue, the team queue, search results, a caller's history. */
  complaintLists: ['complaints'] as QueryKey,
  search: ['complaints', 'search'] as QueryKey,
  /** Figures computed from complaints: dashboard, regulatory report, root causes, hand-entered figures. */
  reports: ['reports'] as QueryKey,
  /** The organisation's and the desk's settings, and what they define: taxonomy, phrases, templates. */
  settings: ['settings'] as QueryKey,
  ctiSettings: ['settings', 'cti.settings'] as QueryKey,
  /** Users, branches and teams. */
  organisation: ['organisation'] as QueryKey,
  session: ['session'] as QueryKey,
  sync: ['sync'] as QueryKey,
  syncStatus: ['sync', 'sync.status'] as QueryKey,
  calls: ['calls'] as QueryKey,
  drafts: ['drafts'] as QueryKey,
  attachmentTransfers: ['attachments', 'transfers'] as QueryKey,
  attachmentContent: ['attachments', 'content'] as QueryKey,
  reminders: ['reminders'] as QueryKey,
} as const;

/** Invalidate every query: who is signed in, or which desk, changed. */
export const EVERYTHING = 'everything' as const;
export type Changed = typeof EVERYTHING | readonly QueryKey[];

const g = queryGroups;
const complaintChange = (id: string): QueryKey[] => [g.complaint(id), g.complaintLists, g.reports];
const none: Changed = [];

/**
 * Every call of the contract: the group its answer is kept under when it is read (`key`), and what a
 * successful call changed (`changes`). The table is exhaustive, so a new call must say both.
 */
type CallRule<C extends CallName> = {
  key?: (input: CallInput<C>) => QueryKey;
  changes: (input: CallInput<C>) => Changed;
};
const CALLS: { [C in CallName]: CallRule<C> } = {
  'session.current': { key: () => g.session, changes: () => none },
  'session.signIn': { changes: () => EVERYTHING },
  'session.signOut': { changes: () => EVERYTHING },
  'session.unlock': { changes: () => EVERYTHING },
  'session.activity': { changes: () => none },
  'desk.unlock': { changes: () => EVERYTHING },
  'server.status': { key: () => g.sync, changes: () => none },
  'server.setAddress': { changes: () => EVERYTHING },

  'admin.users.list': { key: () => g.organisation, changes: () => none },
  'admin.users.create': { changes: () => [g.organisation] },
  'admin.users.update': { changes: () => [g.organisation] },
  'admin.users.resetPassword': { changes: () => [g.organisation] },
  'admin.branches.list': { key: () => g.organisation, changes: () => none },
  'admin.branches.create': { changes: () => [g.organisation] },
  'admin.teams.list': { key: () => g.organisation, changes: () => none },
  'admin.teams.create': { changes: () => [g.organisation] },
  'admin.teams.update': { changes: () => [g.organisation] },
  'team.members': { key: () => g.organisation, changes: () => none },
  'search.assignees': { key: () => g.organisation, changes: () => none },

  // Deadline days recompute every due date: settings, and the complaints shown with their deadlines.
  'org.settings.get': { key: () => g.settings, changes: () => none },
  'org.settings.refresh': { key: () => g.settings, changes: () => none },
  'org.settings.set': { changes: () => [g.settings, g.anyComplaint, g.complaintLists, g.reports] },
  'settings.deadlines.get': { key: () => g.settings, changes: () => none },
  'settings.deadlines.set': { changes: () => [g.settings, g.anyComplaint, g.complaintLists, g.reports] },
  'settings.idleLock.get': { key: () => g.settings, changes: () => none },
  'settings.idleLock.set': { changes: () => [g.settings] },
  'settings.attachments.get': { key: () => g.settings, changes: () => none },
  'settings.attachments.set': { changes: () => [g.settings] },
  'settings.reminders.get': { key: () => g.settings, changes: () => none },
  'settings.reminders.set': { changes: () => [g.settings, g.reminders] },
  'settings.display.get': { key: () => g.settings, changes: () => none },
  'settings.display.set': { changes: () => [g.settings] },
  'cti.settings': { key: () => g.settings, changes: () => none },
  'cti.updateSettings': { changes: () => [g.settings] },
  'phrases.get': { key: () => g.settings, changes: () => none },
  'phrases.set': { changes: () => [g.settings] },
  'templates.get': { key: () => g.settings, changes: () => none },
  'templates.set': { changes: () => [g.settings] },
  'taxonomy.get': { key: () => g.settings, changes: () => none },

  'complaints.get': { key: (i) => g.complaint(i.id), changes: () => none },
  'complaints.deadline': { key: (i) => g.complaint(i.id), changes: () => none },
  'complaints.firstContact': { key: (i) => g.complaint(i.id), changes: () => none },
  'complaints.returnVisit': { key: (i) => g.complaint(i.id), changes: () => none },
  'complaints.reviewState': { key: (i) => g.complaint(i.id), changes: () => none },
  'complaints.findOpenDuplicates': { key: () => [...g.complaintLists, 'duplicates'], changes: () => none },
  'assist.analyse': { key: () => [...g.complaintLists, 'assist'], changes: () => none },
  'assist.scorecard': { key: (i) => [...g.complaint(i.id), 'scorecard'], changes: () => none },
  'assist.scorecard.save': { changes: () => [g.settings] },
  'assist.quality.get': { key: (i) => [...g.complaint(i.id), 'quality'], changes: () => none },
  'assist.quality.review': { changes: (i) => complaintChange(i.id) },
  'assist.quality.appeal': { changes: (i) => complaintChange(i.id) },
  'assist.quality.resolveAppeal': { changes: (i) => complaintChange(i.id) },
  'reports.quality': { key: () => g.reports, changes: () => none },
  'assist.speech.status': { key: () => [...g.settings, 'speech'], changes: () => none },
  'assist.speech.start': { changes: () => [[...g.settings, 'speech']] },
  'assist.speech.stop': { changes: () => [[...g.settings, 'speech']] },
  'assist.watchList.save': { changes: () => [g.settings] },
  'assist.classifier.info': { key: () => [...g.settings, 'classifier'], changes: () => none },
  'assist.classifier.train': { changes: () => [g.settings] },
  'complaints.create': { changes: () => [g.complaintLists, g.reports, g.drafts, g.calls] },
  'complaints.advance': { changes: (i) => complaintChange(i.id) },
  'complaints.refuseSolution': { changes: (i) => complaintChange(i.id) },
  'complaints.withdraw': { changes: (i) => complaintChange(i.id) },
  'complaints.addNote': { changes: (i) => complaintChange(i.id) },
  'complaints.assign': { changes: (i) => complaintChange(i.id) },
  'complaints.setComplexity': { changes: (i) => complaintChange(i.id) },
  'complaints.extendDeadline': { changes: (i) => complaintChange(i.id) },
  'complaints.suspendClock': { changes: (i) => complaintChange(i.id) },
  'complaints.resumeClock': { changes: (i) => complaintChange(i.id) },
  'complaints.approveSuspension': { changes: (i) => complaintChange(i.id) },
  'complaints.recordContact': { changes: (i) => complaintChange(i.id) },
  'complaints.recordReturnVisit': { changes: (i) => complaintChange(i.id) },
  'complaints.requestReview': { changes: (i) => complaintChange(i.id) },
  'complaints.reviews': { key: (i) => g.complaint(i.id), changes: () => none },
  'complaints.setRecordingRef': { changes: (i) => complaintChange(i.id) },
  'complaints.updateContact': { changes: (i) => complaintChange(i.id) },
  'complaints.resolveReview': { changes: (i) => [...complaintChange(i.id), g.sync] },
  'queue.mine': { key: () => [...g.complaintLists, 'list'], changes: () => none },
  'team.queue': { key: () => [...g.complaintLists, 'list'], changes: () => none },
  'team.reassign': { changes: (i) => [...i.complaints.map((c) => g.complaint(c.id)), g.complaintLists, g.reports] },
  'macros.run': { changes: (i) => [...i.complaints.map((c) => g.complaint(c.id)), g.complaintLists, g.reports] },
  'assignment.settings': { key: () => g.settings, changes: () => none },
  'assignment.pending': { key: (i) => g.complaint(i.id), changes: () => none },
  'clock.settings': { key: () => g.settings, changes: () => none },
  // First-contact and return-visit due times are read against the calendar: the complaints shown change with it.
  'clock.settings.save': { changes: () => [g.settings, g.anyComplaint, g.complaintLists] },
  'assignment.rules.save': { changes: () => [g.settings] },
  'assignment.macros.save': { changes: () => [g.settings] },
  'assignment.availability.list': { key: () => [...g.settings, 'availability'], changes: () => none },
  'assignment.availability.set': { changes: () => [g.settings] },
  'search.query': { key: () => g.search, changes: () => none },
  'search.rebuild': { changes: () => [g.search] },

  'calls.list': { key: () => g.calls, changes: () => none },
  'calls.callerHistory': { key: () => [...g.complaintLists, 'byCaller'], changes: () => none },
  'calls.ofComplaint': { key: (i) => g.complaint(i.complaintId), changes: () => none },
  'calls.linkComplaint': { changes: (i) => [g.complaint(i.complaintId), g.calls, g.complaintLists] },
  // The call's recording shows on the page of whichever complaint it is linked to.
  'calls.setRecordingRef': { changes: () => [g.calls, g.anyComplaint] },
  'calls.addIntakeToComplaint': { changes: (i) => [...complaintChange(i.complaintId), g.drafts, g.calls] },

  'drafts.latest': { key: () => g.drafts, changes: () => none },
  'drafts.save': { changes: () => [g.drafts] },
  'drafts.discard': { changes: () => [g.drafts] },

  'attachments.list': { key: (i) => g.complaint(i.complaintId), changes: () => none },
  'attachments.transfers': { key: () => g.attachmentTransfers, changes: () => none },
  'attachments.content': { key: () => g.attachmentContent, changes: () => none },
  'attachments.add': { changes: (i) => [g.complaint(i.complaintId), g.attachmentTransfers] },
  // Names only the attachment: every open complaint page refetches its list.
  'attachments.remove': { changes: () => [g.anyComplaint, g.attachmentTransfers] },

  'letters.generate': { changes: () => none },
  'letters.recordSent': { changes: (i) => [g.complaint(i.complaintId)] },
  'reminders.pending': { key: () => g.reminders, changes: () => none },
  'reminders.markShown': { changes: () => [g.reminders] },

  'reports.dashboard': { key: () => g.reports, changes: () => none },
  'reports.regulatory': { key: () => g.reports, changes: () => none },
  'reports.rootCauses': { key: () => g.reports, changes: () => none },
  'reports.figures.get': { key: () => g.reports, changes: () => none },
  'reports.figures.set': { changes: () => [g.reports] },
  'exports.start': { changes: () => none },
  'exports.saveAs': { changes: () => none },
  'exports.cancel': { changes: () => none },

  'sync.status': { key: () => g.sync, changes: () => none },
  'sync.rejections': { key: () => g.sync, changes: () => none },
  'sync.clockCorrections': { key: () => g.sync, changes: () => none },
  'sync.reviewQueue': { key: () => g.sync, changes: () => none },
  // A round may pull anything the server holds.
  'sync.now': { changes: () => EVERYTHING },
};

function rule<C extends CallName>(call: C): CallRule<C> {
  return CALLS[call] as CallRule<C>;
}

/** The key a call's answer is kept under: its group, the call, its input. */
export function queryKeyOf<C extends CallName>(call: C, input: CallInput<C>): QueryKey {
  const group = rule(call).key?.(input) ?? [call];
  return [...group, call, input];
}

/** What a successful call changed: the groups to refetch, or EVERYTHING. */
export function changedBy<C extends CallName>(call: C, input: CallInput<C>): Changed {
  return rule(call).changes(input);
}

/** What a desk event says changed; none for events the screens handle
 * themselves: calls (the screen pop refetches `queryGroups.calls` after popping), exports, reminders, transfers. */
export function changedByEvent(event: DeskEvent): Changed {
  switch (event.name) {
    case 'complaints.changed':
      return complaintChange(event.payload.id);
    case 'cti.statusChanged':
      return [g.ctiSettings];
    // Mid-round only the top bar's status moves; a finished round may have brought rejections, complaints to
    // review, clock corrections and calls (its complaints come as complaints.changed each).
    case 'sync.progress':
      return event.payload.syncing ? [g.syncStatus] : [g.sync, g.calls];
    // New deadline days, subtypes, phrases or templates, and every stored due date recomputed.
    case 'orgSettings.changed':
      return [g.settings, g.anyComplaint, g.complaintLists, g.reports];
    default:
      return none;
  }
}

/** Refetch what a call or an event changed: queries on screen refetch now, the rest when next shown. */
export async function invalidateChanged(queryClient: QueryClient, changed: Changed): Promise<void> {
  if (changed === EVERYTHING) return queryClient.invalidateQueries();
  await Promise.all(changed.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}
