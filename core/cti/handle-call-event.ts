import type { CallRecord } from '../../shared/api/calls';
import { customerNumber, isCallForAgent, type CallEvent } from '../../shared/domain/cti/call-event';
import { normalizePhone } from '../../shared/domain/phone';
import { findCall, insertCall, markCallAnswered, markCallHungUp } from '../../db/repositories/calls';
import { listComplaintsByPhoneKey } from '../../db/repositories/complaint-matching';
import { visibleTo } from '../use-cases/complaints/complaint-scope';
import { toListItems } from '../use-cases/complaints/list-items';
import type { DeskContext } from '../context';
import { currentAgent } from '../services/current-agent';
import { shareLinkedCallChange } from '../use-cases/calls/share-call';

/**
 * Records a softphone event in the calls table and tells the UI: 'call.incoming' for a new inbound
 * call (with the caller's earlier complaints, and whether it is for the agent at this desk), else
 * 'call.updated'. A resent event (same callId, same step) changes nothing and emits nothing.
 */
export function handleCallEvent(ctx: DeskContext, event: CallEvent): CallRecord {
  const callId = event.kind === 'incoming' ? (event.callId ?? ctx.newId()) : event.callId;
  const at = ctx.clock().toISOString();
  const before = findCall(ctx.db, callId);
  const call = ctx.db.transaction(() => {
    // answer/hangup can arrive for a call whose newCall the desk never saw (started before the app).
    if (!before) insertCall(ctx.db, newCallRow(callId, event, at));
    // Who picked up: the PBX's answeringNumber, else the user the answer names (Zammad: "voicemail").
    if (event.kind === 'answered') markCallAnswered(ctx.db, callId, at, event.answeringNumber ?? (event.users.join(', ') || null));
    if (event.kind === 'hungUp') markCallHungUp(ctx.db, callId, at, event.cause, event.answeringNumber);
    return findCall(ctx.db, callId) as CallRecord;
  })();
  if (before && sameCall(before, call)) return call;

  if (event.kind === 'incoming' && event.direction === 'in') {
    const agent = currentAgent(ctx);
    ctx.events.emit('call.incoming', {
      call,
      // Only what the agent at this desk may see; nobody signed in sees no history.
      history: call.numberKey && agent ? toListItems(ctx, visibleTo(agent, listComplaintsByPhoneKey(ctx.db, call.numberKey))) : [],
      targetAgents: event.users,
      popUp: agent !== null && isCallForAgent(event.users, agent),
    });
  } else {
    shareLinkedCallChange(ctx, currentAgent(ctx), call);
    ctx.events.emit('call.updated', { call });
  }
  return call;
}

function newCallRow(id: string, event: CallEvent, at: string) {
  const number = customerNumber(event);
  return {
    id,
    number,
    numberKey: normalizePhone(number),
    direction: event.direction,
    agent: event.users.length > 0 ? event.users.join(', ') : null,
    queue: event.kind === 'incoming' ? event.queue : null,
    source: event.source,
    startedAt: at,
  };
}

function sameCall(a: CallRecord, b: CallRecord): boolean {
  return a.answeredAt === b.answeredAt && a.endedAt === b.endedAt && a.agent === b.agent;
}
