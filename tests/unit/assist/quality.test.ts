import { describe, expect, it } from 'vitest';
import { evidenceOf, scoreQuality } from '../../../shared/domain/assist/quality-record';
import type { QualityFacts } from '../../../shared/domain/assist/quality-schema';
import { buildQualityReport } from '../../../shared/domain/assist/quality-report';
import { DEFAULT_SCORECARD, type Scorecard } from '../../../shared/domain/assist/scorecard';
import type { Complaint } from '../../../shared/domain/complaint';
import { isRefusal, type Refusal } from '../../../shared/domain/refusal';
import { runMutation } from '../../../shared/sync/run-mutation';
import { NOTHING_RECORDED } from '../../../shared/sync/mutation-facts';
import { complaintAt, HANDLER, LEAD, NOW, OTHER_AGENT, ADMIN, validStageData } from '../../support/workflow';

const FORBIDDEN: Scorecard = {
  checks: [
    { id: 'deadline_told', kind: 'required', zh: '已告知处理时限', en: 'Deadline told', phrases: ['15日'], points: 40 },
    { id: 'no_brush_off', kind: 'forbidden', zh: '无推诿', en: 'No brush-off', phrases: ['不归我们管'], points: 60 },
  ],
};

const facts = (over: Partial<QualityFacts> = {}): QualityFacts => ({ scorecard: FORBIDDEN, scorecardVersion: 3, authority: 'server', notes: [], leadsTeam: true, ...over });
const withQuality = (quality: QualityFacts) => ({ facts: { ...NOTHING_RECORDED, quality } });

/** A complaint at closure, closed by its handler with `quality` as the runner's facts. */
function closed(quality: QualityFacts = facts({ notes: ['已告知客户15日内答复', '客户说这事不归我们管吧？我答不归我们管'] })): Complaint {
  const result = runMutation('complaint.advance', { complaintId: 'c-1', eventId: 'e-close', stage: 'closure', data: validStageData().closure }, complaintAt('closure'), HANDLER, NOW, withQuality(quality));
  if (isRefusal(result)) throw new Error(result.code);
  return result.complaint;
}

const run = (name: string, args: object, complaint: Complaint, actor = LEAD, quality = facts()) =>
  runMutation(name, { complaintId: complaint.id, eventId: `e-${Math.random()}`, ...args }, complaint, actor, NOW, withQuality(quality));
const ok = (result: ReturnType<typeof run>): Complaint => {
  if (isRefusal(result)) throw new Error(`${result.code} ${result.messageKey}`);
  return result.complaint;
};
const code = (result: ReturnType<typeof run>) => (result as Refusal).code;

describe('质检 scored when a complaint closes', () => {
  it('scores each check with its evidence and total, under the version of whoever applies the close', () => {
    const complaint = closed();
    expect(complaint.quality).toMatchObject({ scorecardVersion: 3, provisional: false, score: 40, max: 100 });
    const [deadline, brushOff] = complaint.quality!.checks;
    expect(deadline).toMatchObject({ id: 'deadline_told', passed: true, found: '15日', evidence: '已告知客户15日内答复' });
    expect(brushOff).toMatchObject({ id: 'no_brush_off', passed: false, scoredPassed: false, found: '不归我们管', zh: '无推诿', weight: 60 });
    expect(brushOff!.evidence).toContain('不归我们管');
  });

  it('marks a desk’s own score provisional, and scores nothing without facts or when the complaint is not closing', () => {
    expect(closed(facts({ authority: 'desk' })).quality?.provisional).toBe(true);
    const unscored = runMutation('complaint.advance', { complaintId: 'c-1', eventId: 'e', stage: 'closure', data: validStageData().closure }, complaintAt('closure'), HANDLER, NOW);
    expect(isRefusal(unscored) ? null : unscored.complaint.quality).toBeUndefined();
    const advanced = ok(run('complaint.advance', { stage: 'analysis', data: validStageData().analysis }, complaintAt('analysis'), HANDLER));
    expect(advanced.quality).toBeUndefined();
  });

  it('keeps the version it was scored under when the scorecard changes later: reviews under version 4 leave the version-3 checks', () => {
    const complaint = closed();
    const version4: Scorecard = { checks: [{ id: 'identity_verified', kind: 'required', zh: '已核实身份', en: 'Identity', phrases: ['核实身份'], points: 100 }] };
    const reviewed = ok(run('complaint.reviewQualityCheck', { checkId: 'deadline_told', verdict: 'confirmed', comment: '' }, complaint, LEAD, facts({ scorecard: version4, scorecardVersion: 4 })));
    expect(reviewed.quality).toMatchObject({ scorecardVersion: 3, score: 40, max: 100 });
    expect(reviewed.quality!.checks.map((c) => c.id)).toEqual(['deadline_told', 'no_brush_off']);
    expect(code(run('complaint.reviewQualityCheck', { checkId: 'identity_verified', verdict: 'confirmed', comment: '' }, complaint, LEAD, facts({ scorecard: version4 })))).toBe('quality_unknown_check');
  });

  it('reads the words around a phrase as evidence', () => {
    expect(evidenceOf('一二三四五六七八九十一二三四五六七八九十一二三核实身份后答复', '核实身份')).toBe('…四五六七八九十一二三四五六七八九十一二三核实身份后答复');
    expect(evidenceOf('无关', '核实身份')).toBeNull();
    expect(scoreQuality([], DEFAULT_SCORECARD, 1, NOW, false)).toMatchObject({ score: 10, max: 100 });
  });
});

describe('质检 review and appeal', () => {
  it('lets the team’s lead override a check with a comment, recomputing the total', () => {
    const complaint = closed();
    const overridden = ok(run('complaint.reviewQualityCheck', { checkId: 'no_brush_off', verdict: 'overridden', comment: '客户原话，非坐席所说' }, complaint));
    expect(overridden.quality).toMatchObject({ score: 100 });
    expect(overridden.quality!.checks[1]).toMatchObject({ passed: true, scoredPassed: false, review: { verdict: 'overridden', comment: '客户原话，非坐席所说', by: { id: LEAD.id } } });
    expect(overridden.version).toBe(complaint.version + 1);
  });

  it('refuses a review by anyone but the lead of the complaint’s team, and an override without a comment', () => {
    const complaint = closed();
    const review = { checkId: 'no_brush_off', verdict: 'overridden', comment: '理由' };
    expect(code(run('complaint.reviewQualityCheck', review, complaint, LEAD, facts({ leadsTeam: false })))).toBe('quality_not_team_lead');
    expect(code(run('complaint.reviewQualityCheck', review, complaint, ADMIN))).toBe('quality_not_team_lead');
    expect(code(run('complaint.reviewQualityCheck', review, complaint, HANDLER, facts({ leadsTeam: true })))).toBe('quality_not_team_lead');
    expect(code(run('complaint.reviewQualityCheck', { ...review, comment: '  ' }, complaint))).toBe('quality_text_required');
    expect(code(run('complaint.reviewQualityCheck', { ...review, comment: '长'.repeat(501) }, complaint))).toBe('quality_text_too_long');
    expect(code(run('complaint.reviewQualityCheck', review, complaintAt('closure')))).toBe('quality_not_scored');
  });

  it('lets the handler appeal a failed check once at a time; the lead upholds it (the check passes) or rejects it', () => {
    let complaint = closed();
    const appeal = { checkId: 'no_brush_off', reason: '这是客户的原话' };
    expect(code(run('complaint.appealQualityCheck', appeal, complaint, OTHER_AGENT))).toBe('quality_not_handler');
    expect(code(run('complaint.appealQualityCheck', { checkId: 'deadline_told', reason: '无' }, complaint, HANDLER))).toBe('quality_check_passed');
    expect(code(run('complaint.appealQualityCheck', { ...appeal, reason: '' }, complaint, HANDLER))).toBe('quality_text_required');
    expect(code(run('complaint.resolveQualityAppeal', { checkId: 'no_brush_off', outcome: 'upheld', comment: '同意' }, complaint))).toBe('quality_no_open_appeal');
    complaint = ok(run('complaint.appealQualityCheck', appeal, complaint, HANDLER));
    expect(complaint.quality!.checks[1]!.appeals).toMatchObject([{ status: 'open', reason: '这是客户的原话', by: { id: HANDLER.id } }]);
    expect(code(run('complaint.appealQualityCheck', appeal, complaint, HANDLER))).toBe('quality_appeal_open');
    expect(code(run('complaint.resolveQualityAppeal', { checkId: 'no_brush_off', outcome: 'upheld', comment: '同意' }, complaint, LEAD, facts({ leadsTeam: false })))).toBe('quality_not_team_lead');
    const rejected = ok(run('complaint.resolveQualityAppeal', { checkId: 'no_brush_off', outcome: 'rejected', comment: '录音中确为坐席所说' }, complaint));
    expect(rejected.quality).toMatchObject({ score: 40 });
    expect(rejected.quality!.checks[1]!.appeals[0]).toMatchObject({ status: 'rejected', resolution: { comment: '录音中确为坐席所说' } });
    const again = ok(run('complaint.appealQualityCheck', { ...appeal, reason: '补充：有录音为证' }, rejected, HANDLER));
    const upheld = ok(run('complaint.resolveQualityAppeal', { checkId: 'no_brush_off', outcome: 'upheld', comment: '复听录音，属实' }, again));
    expect(upheld.quality).toMatchObject({ score: 100 });
    expect(upheld.quality!.checks[1]!.appeals.map((a) => a.status)).toEqual(['rejected', 'upheld']);
  });
});

describe('the 质检 report', () => {
  it('averages per handler (lowest first) and for the team as percentages, counting failed checks and open appeals', () => {
    const a = closed();
    const b = ok(run('complaint.reviewQualityCheck', { checkId: 'no_brush_off', verdict: 'overridden', comment: '误判' }, closed()));
    const c = ok(run('complaint.appealQualityCheck', { checkId: 'no_brush_off', reason: '客户原话' }, closed(), HANDLER));
    const report = buildQualityReport([
      { handlerId: 'A1001', handlerName: '王芳', quality: a.quality! },
      { handlerId: 'A1001', handlerName: '王芳', quality: b.quality! },
      { handlerId: 'A2002', handlerName: '李娜', quality: c.quality! },
    ]);
    expect(report.agents).toEqual([
      { id: 'A2002', name: '李娜', complaints: 1, averagePercent: 40, failedChecks: 1, openAppeals: 1 },
      { id: 'A1001', name: '王芳', complaints: 2, averagePercent: 70, failedChecks: 1, openAppeals: 0 },
    ]);
    expect(report.team).toEqual({ complaints: 3, averagePercent: 60, failedChecks: 2, openAppeals: 1 });
    expect(buildQualityReport([]).team.averagePercent).toBeNull();
  });
});
