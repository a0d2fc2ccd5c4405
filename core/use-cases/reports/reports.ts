import { readRegulatoryFigures, writeRegulatoryFigures } from '../../../db/repositories/report-rows-repository';
import type { DayRange } from '../../../shared/api/team';
import type { Actor } from '../../../shared/domain/actor';
import { periodDays, type Period } from '../../../shared/domain/reports/periods';
import { buildRegulatoryStats, type RegulatoryFigures, type RegulatoryStats } from '../../../shared/domain/reports/regulatory';
import { buildRootCauseReport, type RootCauseReport } from '../../../shared/domain/reports/root-causes';
import { buildTeamReport, type TeamReport } from '../../../shared/domain/reports/team-report';
import type { DeskContext } from '../../context';
import { requireCapability } from '../require-capability';
import { reportRowsDueEarlier, reportRowsReceived } from '../../services/desk-report-rows';

/** The dashboard's and the daily log's numbers: one function for both. */
export function teamReport(ctx: DeskContext, actor: Actor, range: DayRange): TeamReport {
  requireCapability(actor, 'reports');
  return buildTeamReport(reportRowsReceived(ctx, range), { ...range, now: ctx.clock() }, reportRowsDueEarlier(ctx, range));
}

export function regulatoryStats(ctx: DeskContext, actor: Actor, period: Period): RegulatoryStats {
  requireCapability(actor, 'reports');
  const days = periodDays(period);
  return buildRegulatoryStats(reportRowsReceived(ctx, days), { period, ...days, now: ctx.clock() }, readRegulatoryFigures(ctx.db, period), reportRowsDueEarlier(ctx, days));
}

export function rootCauses(ctx: DeskContext, actor: Actor, range: DayRange): RootCauseReport {
  requireCapability(actor, 'reports');
  return buildRootCauseReport(reportRowsReceived(ctx, range), range);
}

export function regulatoryFigures(ctx: DeskContext, actor: Actor, period: Period): RegulatoryFigures | null {
  requireCapability(actor, 'reports');
  return readRegulatoryFigures(ctx.db, period);
}

export function setRegulatoryFigures(ctx: DeskContext, actor: Actor, period: Period, figures: RegulatoryFigures): RegulatoryFigures {
  requireCapability(actor, 'figuresEntry');
  writeRegulatoryFigures(ctx.db, period, figures, actor.id, ctx.clock().toISOString());
  return figures;
}
