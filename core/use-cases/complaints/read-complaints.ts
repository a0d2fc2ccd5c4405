import type { Actor } from '../../../shared/domain/actor';
import type { ComplaintDetail } from '../../../shared/api/complaints';
import { listEvents } from '../../../db/repositories/complaint-events';
import type { DeskContext } from '../../context';
import { loadComplaintFor } from './complaint-scope';

export function getComplaint(ctx: DeskContext, actor: Actor, id: string): ComplaintDetail {
  const complaint = loadComplaintFor(ctx.db, id, actor);
  return { complaint, timeline: listEvents(ctx.db, id) };
}
