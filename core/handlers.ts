import type { CallName, CallOutput, ParsedInput } from '../shared/api/contract';
import type { Agent } from '../shared/api/session';
import type { DeskContext } from './context';
import { DeskError } from './desk-error';
import { readCtiSettings, updateCtiSettings } from './cti/cti-settings';
import { readAttachmentLimit, writeAttachmentLimit } from './use-cases/attachments/attachment-limit';
import { addAttachment, attachmentContent, attachmentTransfers, listAttachments, removeComplaintAttachment } from './use-cases/attachments/complaint-attachments';
import { addIntakeToComplaint, callerHistory, callsOfComplaintFor, linkCall, listCalls, setCallRecording } from './use-cases/calls/call-log';
import { findOpenDuplicates } from './use-cases/complaints/find-open-duplicates';
import { analyseForIntake } from './use-cases/assist/analyse-description';
import { scoreComplaint } from './use-cases/assist/score-complaint';
import { qualityOf, qualityReport, saveScorecard } from './use-cases/assist/quality';
import { speechStatus, startSpeech, stopSpeech } from './services/speech-session';
import { classifierInfo, saveWatchList, trainClassifier } from './use-cases/assist/assist-admin';
import { discardDraft, latestDrafts, saveDraft } from './use-cases/drafts/intake-drafts';
import { readPhraseBook, writePhraseBook } from './use-cases/phrases/phrase-book';
import { recordNewComplaint } from './use-cases/complaints/record-new-complaint';
import { getComplaint } from './use-cases/complaints/read-complaints';
import { requestReviewOf, reviewsOf } from './use-cases/review-request/request-review';
import { generateLetter, recordComplaintLetterSent } from './use-cases/letters/complaint-letters';
import { markRemindersShown, pendingReminders, readReminderSettings, writeReminderSettings } from './use-cases/reminders/reminders';
import { readDisplaySettings, writeDisplaySettings } from './use-cases/display/display-settings';
import { readTemplates, writeTemplates } from './use-cases/templates/reply-templates';
import { readIdleLockSetting, writeIdleLockSetting } from './idle-lock';
import {
  createBranch,
  createTeam,
  createUser,
  listBranches,
  listTeams,
  listUsers,
  resetUserPassword,
  updateTeam,
  updateUser,
} from './use-cases/admin/organisation';
import { cachedOrgSettings, refreshOrgSettings, saveOrgSettings } from './use-cases/org/org-settings';
import { sessionState } from './services/current-agent';
import { serverStatus, setServerAddress } from './use-cases/session/server-address';
import { signIn } from './use-cases/session/sign-in';
import { signOut } from './use-cases/session/sign-out';
import { unlock } from './use-cases/session/unlock';
import { readTaxonomy } from './use-cases/taxonomy/organisation-taxonomy';
import { readDeadlineSettings, writeDeadlineSettings } from './use-cases/workflow/deadline-settings';
import { myQueue } from './use-cases/workflow/my-queue';
import { complaintReturnVisit } from './use-cases/workflow/return-visits';
import { bulkReassign } from './use-cases/team/bulk-reassign';
import { runMacroOnComplaints } from './use-cases/workflow/run-macro';
import { pendingRouting } from './use-cases/assignment/pending-routing';
import { clockSettings, complaintFirstContact, saveClockSettings } from './use-cases/org/clock-settings';
import { assignmentSettings, listAvailability, saveAssignmentRules, saveMacros, setAvailability } from './use-cases/assignment/assignment-settings';
import { cancelExportFor, startExportFor } from './use-cases/reports/exports';
import { regulatoryFigures, regulatoryStats, rootCauses, setRegulatoryFigures, teamReport } from './use-cases/reports/reports';
import { listTeamMembers, teamQueue } from './use-cases/team/team-queue';
import { rebuildIndex, searchAssignees } from './use-cases/search/rebuild-index';
import { searchComplaints } from './use-cases/search/search-complaints';
import { complaintDeadline, runWorkflowCall } from './use-cases/workflow/workflow-commands';
import { myClockCorrections, myRejections, reviewQueue, syncNow, syncStatus } from './use-cases/sync/sync-calls';
import { complaintReviewState, resolveComplaintReview } from './use-cases/review/resolve-review';

export interface CallContext {
  ctx: DeskContext;
  /** The signed-in agent; null only for calls whose access is 'public'. */
  agent: Agent | null;
}

export type Handler<C extends CallName> = (input: ParsedInput<C>, call: CallContext) => CallOutput<C> | Promise<CallOutput<C>>;
export type Handlers = { [C in CallName]: Handler<C> };

function signedIn(call: CallContext): Agent {
  if (!call.agent) throw new Error('[dispatcher] access check let a signed-out call through');
  return call.agent;
}

/** Contract call → use case. Nothing else: the rules live in the use cases and shared/domain. */
export const handlers: Handlers = {
  'session.current': (_input, { ctx }) => sessionState(ctx),
  'session.signIn': (input, { ctx }) => signIn(ctx, input),
  'session.signOut': (_input, { ctx }) => signOut(ctx),
  'complaints.create': (input, call) => recordNewComplaint(call.ctx, signedIn(call), input),
  'complaints.get': (input, call) => getComplaint(call.ctx, signedIn(call), input.id),
  'session.unlock': (input, call) => unlock(call.ctx, signedIn(call), input.password),
  'session.activity': () => ({ ok: true as const }),
  'server.status': (_input, { ctx }) => serverStatus(ctx),
  'server.setAddress': (input, { ctx }) => setServerAddress(ctx, input),
  'admin.users.list': (_input, { ctx }) => listUsers(ctx),
  'admin.users.create': (input, { ctx }) => createUser(ctx, input),
  'admin.users.update': (input, { ctx }) => updateUser(ctx, input.id, input.changes),
  'admin.users.resetPassword': (input, { ctx }) => resetUserPassword(ctx, input.id, input.newPassword),
  'admin.branches.list': (_input, { ctx }) => listBranches(ctx),
  'admin.branches.create': (input, { ctx }) => createBranch(ctx, input),
  'admin.teams.list': (_input, { ctx }) => listTeams(ctx),
  'admin.teams.create': (input, { ctx }) => createTeam(ctx, input),
  'admin.teams.update': (input, { ctx }) => updateTeam(ctx, input.id, input.changes),
  'org.settings.get': (_input, { ctx }) => ({ settings: cachedOrgSettings(ctx) }),
  'org.settings.refresh': async (_input, { ctx }) => ({ settings: await refreshOrgSettings(ctx) }),
  'org.settings.set': (input, { ctx }) => saveOrgSettings(ctx, input),
  'settings.idleLock.get': (_input, { ctx }) => readIdleLockSetting(ctx.settings),
  'settings.idleLock.set': (input, { ctx }) => writeIdleLockSetting(ctx.settings, input),
  'complaints.advance': (input, call) => runWorkflowCall(call.ctx, signedIn(call), 'complaint.advance', input),
  'complaints.refuseSolution': (input, call) => runWorkflowCall(call.ctx, signedIn(call), 'complaint.refuseSolution', input),
  'complaints.withdraw': (input, call) => runWorkflowCall(call.ctx, signedIn(call), 'complaint.withdraw', input),
  'complaints.addNote': (input, call) => runWorkflowCall(call.ctx, signedIn(call), 'complaint.addNote', input),
  'complaints.assign': (input, call) => runWorkflowCall(call.ctx, signedIn(call), 'complaint.assign', input),
  'complaints.setComplexity': (input, call) => runWorkflowCall(call.ctx, signedIn(call), 'complaint.setComplexity', input),
  'complaints.extendDeadline': (input, call) => runWorkflowCall(call.ctx, signedIn(call), 'complaint.extendDeadline', input),
  'complaints.suspendClock': (input, call) =>
    runWorkflowCall(call.ctx, signedIn(call), 'complaint.suspendClock', { ...input, suspensionId: call.ctx.newId() }),
  'complaints.resumeClock': (input, call) => runWorkflowCall(call.ctx, signedIn(call), 'complaint.resumeClock', input),
  'complaints.approveSuspension': (input, call) => runWorkflowCall(call.ctx, signedIn(call), 'complaint.approveSuspension', input),
  'complaints.recordContact': (input, call) => runWorkflowCall(call.ctx, signedIn(call), 'complaint.recordContact', input),
  'complaints.recordReturnVisit': (input, call) => runWorkflowCall(call.ctx, signedIn(call), 'complaint.recordReturnVisit', input),
  'complaints.returnVisit': (input, call) => complaintReturnVisit(call.ctx, signedIn(call), input.id),
  'complaints.firstContact': (input, call) => complaintFirstContact(call.ctx, signedIn(call), input.id),
  'complaints.requestReview': (input, call) => requestReviewOf(call.ctx, signedIn(call), input),
  'complaints.reviews': (input, call) => reviewsOf(call.ctx, signedIn(call), input.id),
  'complaints.deadline': (input, call) => complaintDeadline(call.ctx, signedIn(call), input.id),
  'queue.mine': (input, call) => myQueue(call.ctx, signedIn(call), input),
  'settings.deadlines.get': (_input, call) => readDeadlineSettings(call.ctx),
  'settings.deadlines.set': (input, call) => writeDeadlineSettings(call.ctx, input),
  'complaints.findOpenDuplicates': (input, call) => findOpenDuplicates(call.ctx, signedIn(call), input),
  'assist.analyse': (input, call) => analyseForIntake(call.ctx, signedIn(call), input),
  'assist.scorecard': (input, call) => scoreComplaint(call.ctx, signedIn(call), input.id),
  'assist.scorecard.save': (input, { ctx }) => saveScorecard(ctx, input),
  'assist.quality.get': (input, call) => qualityOf(call.ctx, signedIn(call), input.id),
  'assist.quality.review': (input, call) => runWorkflowCall(call.ctx, signedIn(call), 'complaint.reviewQualityCheck', input),
  'assist.quality.appeal': (input, call) => runWorkflowCall(call.ctx, signedIn(call), 'complaint.appealQualityCheck', input),
  'assist.quality.resolveAppeal': (input, call) => runWorkflowCall(call.ctx, signedIn(call), 'complaint.resolveQualityAppeal', input),
  'reports.quality': (input, call) => qualityReport(call.ctx, signedIn(call), input.range),
  'assist.speech.status': (_input, call) => speechStatus(call.ctx),
  'assist.speech.start': (_input, call) => startSpeech(call.ctx),
  'assist.speech.stop': (_input, call) => stopSpeech(call.ctx),
  'assist.watchList.save': (input, { ctx }) => saveWatchList(ctx, input),
  'assist.classifier.info': (_input, { ctx }) => classifierInfo(ctx),
  'assist.classifier.train': (_input, { ctx }) => trainClassifier(ctx),
  'calls.list': (input, call) => listCalls(call.ctx, input),
  'calls.callerHistory': (input, call) => callerHistory(call.ctx, signedIn(call), input.number),
  'calls.ofComplaint': (input, call) => callsOfComplaintFor(call.ctx, signedIn(call), input.complaintId),
  'calls.linkComplaint': (input, call) => linkCall(call.ctx, signedIn(call), input),
  'calls.addIntakeToComplaint': (input, call) => addIntakeToComplaint(call.ctx, signedIn(call), input),
  'cti.settings': (_input, call) => readCtiSettings(call.ctx),
  'cti.updateSettings': (input, call) => updateCtiSettings(call.ctx, input),
  'drafts.save': (input, call) => saveDraft(call.ctx, signedIn(call), input),
  'drafts.latest': (input, call) => latestDrafts(call.ctx, signedIn(call), input.form),
  'drafts.discard': (input, call) => discardDraft(call.ctx, signedIn(call), input.id),
  'phrases.get': (_input, call) => readPhraseBook(call.ctx),
  'phrases.set': (input, call) => writePhraseBook(call.ctx, input),
  'calls.setRecordingRef': (input, call) => setCallRecording(call.ctx, signedIn(call), input),
  'complaints.setRecordingRef': (input, call) => runWorkflowCall(call.ctx, signedIn(call), 'complaint.setRecordingRef', input),
  'attachments.add': (input, call) => addAttachment(call.ctx, signedIn(call), input),
  'attachments.list': (input, call) => listAttachments(call.ctx, signedIn(call), input.complaintId),
  'attachments.content': (input, call) => attachmentContent(call.ctx, signedIn(call), input.id),
  'attachments.transfers': (input, call) => attachmentTransfers(call.ctx, signedIn(call), input.complaintId),
  'attachments.remove': (input, call) => removeComplaintAttachment(call.ctx, signedIn(call), input),
  'settings.attachments.get': (_input, call) => readAttachmentLimit(call.ctx),
  'settings.attachments.set': (input, call) => writeAttachmentLimit(call.ctx, input),
  'templates.get': (_input, call) => readTemplates(call.ctx),
  'templates.set': (input, call) => writeTemplates(call.ctx, input.templates),
  'letters.generate': (input, call) => generateLetter(call.ctx, signedIn(call), input),
  'letters.recordSent': (input, call) => recordComplaintLetterSent(call.ctx, signedIn(call), input),
  'reminders.pending': (_input, call) => pendingReminders(call.ctx)?.reminders ?? [],
  'reminders.markShown': (input, call) => markRemindersShown(call.ctx, signedIn(call), input.shown),
  'settings.reminders.get': (_input, call) => readReminderSettings(call.ctx),
  'settings.reminders.set': (input, call) => writeReminderSettings(call.ctx, input),
  'settings.display.get': (_input, call) => readDisplaySettings(call.ctx),
  'settings.display.set': (input, call) => writeDisplaySettings(call.ctx, input),
  'team.queue': (input, call) => teamQueue(call.ctx, signedIn(call), input),
  'team.members': (_input, call) => listTeamMembers(call.ctx, signedIn(call)),
  'team.reassign': (input, call) => bulkReassign(call.ctx, signedIn(call), input),
  'macros.run': (input, call) => runMacroOnComplaints(call.ctx, signedIn(call), input),
  'assignment.settings': (_input, { ctx }) => assignmentSettings(ctx),
  'assignment.pending': (input, call) => pendingRouting(call.ctx, signedIn(call), input.id),
  'clock.settings': (_input, { ctx }) => clockSettings(ctx),
  'clock.settings.save': (input, { ctx }) => saveClockSettings(ctx, input),
  'assignment.rules.save': (input, { ctx }) => saveAssignmentRules(ctx, input),
  'assignment.macros.save': (input, { ctx }) => saveMacros(ctx, input.macros),
  'assignment.availability.list': (_input, { ctx }) => listAvailability(ctx),
  'assignment.availability.set': (input, { ctx }) => setAvailability(ctx, input.userId, input.update),
  'reports.dashboard': (input, call) => teamReport(call.ctx, signedIn(call), input.range),
  'reports.regulatory': (input, call) => regulatoryStats(call.ctx, signedIn(call), input.period),
  'reports.rootCauses': (input, call) => rootCauses(call.ctx, signedIn(call), input.range),
  'reports.figures.get': (input, call) => regulatoryFigures(call.ctx, signedIn(call), input.period),
  'reports.figures.set': (input, call) => setRegulatoryFigures(call.ctx, signedIn(call), input.period, input.figures),
  'exports.start': (input, call) => startExportFor(call.ctx, signedIn(call), input),
  'exports.cancel': (input, call) => cancelExportFor(call.ctx, signedIn(call), input.jobId),
  // The Electron shell answers it with a save dialog (electron/main/save-export.ts); the web host downloads instead.
  'exports.saveAs': () => {
    throw DeskError.of('refused', 'reports.export.downloadInstead');
  },
  'taxonomy.get': (_input, call) => readTaxonomy(call.ctx),
  'search.query': (input, call) => searchComplaints(call.ctx, signedIn(call), input),
  'search.assignees': (_input, call) => searchAssignees(call.ctx),
  'search.rebuild': (_input, call) => rebuildIndex(call.ctx),
  // The shell answers it while the desk is locked (electron/main/locked-desk.ts); an open desk is unlocked.
  'desk.unlock': () => ({}),
  'sync.status': (_input, call) => syncStatus(call.ctx),
  'sync.now': (_input, call) => syncNow(call.ctx),
  'sync.rejections': (_input, call) => myRejections(call.ctx, signedIn(call)),
  'sync.clockCorrections': (_input, call) => myClockCorrections(call.ctx, signedIn(call)),
  'sync.reviewQueue': (_input, call) => reviewQueue(call.ctx),
  'complaints.updateContact': (input, call) => runWorkflowCall(call.ctx, signedIn(call), 'complaint.updateContact', input),
  'complaints.reviewState': (input, call) => complaintReviewState(call.ctx, signedIn(call), input.id),
  'complaints.resolveReview': (input, call) => resolveComplaintReview(call.ctx, signedIn(call), input),
};
