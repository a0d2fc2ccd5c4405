import type { z } from 'zod';
import type { Role } from '../domain/actor';
import { assistCalls } from './assist';
import { assistAdminCalls } from './assist-admin';
import { qualityCalls } from './quality';
import { assignmentCalls } from './assignment';
import { clockCalls } from './clock';
import { attachmentCalls } from './attachments';
import { adminCalls } from './admin';
import { callCalls } from './calls';
import { complaintCalls } from './complaints';
import { ctiCalls } from './cti';
import { displayCalls } from './display';
import { draftCalls } from './drafts';
import { duplicateCalls } from './duplicates';
import { phraseCalls } from './phrases';
import { reminderCalls } from './reminders';
import { reviewCalls } from './review';
import { reviewRequestCalls } from './review-request';
import { searchCalls } from './search';
import { serverLinkCalls } from './server-link';
import { sessionCalls } from './session';
import { syncCalls } from './sync';
import { taxonomyCalls } from './taxonomy';
import { reportCalls } from './reports';
import { teamCalls } from './team';
import { unlockCalls } from './unlock';
import { letterCalls } from './letters';
import { templateCalls } from './templates';
import { workflowCalls } from './workflow';

/**
 * The contract: every call the UI can make, with zod schemas for input and output.
 * Electron IPC, the web host and the renderer's client are all typed from this one object.
 */
export const contract = {
  ...sessionCalls,
  ...serverLinkCalls,
  ...adminCalls,
  ...complaintCalls,
  ...duplicateCalls,
  ...callCalls,
  ...ctiCalls,
  ...draftCalls,
  ...phraseCalls,
  ...workflowCalls,
  ...taxonomyCalls,
  ...searchCalls,
  ...unlockCalls,
  ...attachmentCalls,
  ...templateCalls,
  ...letterCalls,
  ...reminderCalls,
  ...displayCalls,
  ...teamCalls,
  ...assignmentCalls,
  ...clockCalls,
  ...reportCalls,
  ...syncCalls,
  ...reviewCalls,
  ...reviewRequestCalls,
  ...assistCalls,
  ...assistAdminCalls,
  ...qualityCalls,
} as const;

/**
 * Who may make a call: 'public' (before sign-in), 'signedIn' (any role), or the roles listed.
 * The dispatcher checks it before the use case runs; the server checks it again.
 */
export type Access = 'public' | 'signedIn' | readonly Role[];

export interface CallSpec {
  input: z.ZodType;
  output: z.ZodType;
  access: Access;
}

export type Contract = typeof contract;
export type CallName = keyof Contract;
/** What the caller passes (before schema defaults). */
export type CallInput<C extends CallName> = z.input<Contract[C]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<C extends CallName> = z.output<Contract[C]['input']>;
export type CallOutput<C extends CallName> = z.output<Contract[C]['output']>;

contract satisfies Record<string, CallSpec>;

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/**
 * Whether this person (null: nobody signed in) may make the call at all. The dispatcher checks it
 * before any use case runs; screens use it to show or hide what a role cannot do.
 */
export function mayCall(call: CallName, actor: { role: Role } | null): boolean {
  const access: Access = contract[call].access;
  if (access === 'public') return true;
  if (!actor) return false;
  return access === 'signedIn' || access.includes(actor.role);
}
