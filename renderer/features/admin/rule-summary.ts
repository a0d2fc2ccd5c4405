import type { TFunction } from 'i18next';
import type { AssignmentRule, RuleTarget } from '../../../shared/domain/assignment/assignment-rules';
import { channelLabelKey } from '../../../shared/domain/channels';
import { complaintTypeLabelKey } from '../../../shared/domain/complaint-types';

const yesNo = (value: boolean, t: TFunction) => t(value ? 'assignment.yes' : 'assignment.no');

/** A rule's conditions in words: every condition it sets, or "every complaint". */
export function matchSummary(match: AssignmentRule['match'], branchName: (id: string) => string, t: TFunction): string {
  const sep = t('accounts.taxonomy.listSeparator');
  const parts = [
    match.complaintTypes?.length ? t('assignment.matchSummary.types', { list: match.complaintTypes.map((c) => t(complaintTypeLabelKey(c))).join(sep) }) : null,
    match.channels?.length ? t('assignment.matchSummary.channels', { list: match.channels.map((c) => t(channelLabelKey(c))).join(sep) }) : null,
    match.branchIds?.length ? t('assignment.matchSummary.branches', { list: match.branchIds.map(branchName).join(sep) }) : null,
    match.regulatorReferral === undefined ? null : t('assignment.matchSummary.regulator', { value: yesNo(match.regulatorReferral, t) }),
    match.repeat === undefined ? null : t('assignment.matchSummary.repeat', { value: yesNo(match.repeat, t) }),
  ].filter((p): p is string => p !== null);
  return parts.length ? parts.join('；') : t('assignment.anything');
}

/** Where a rule sends a complaint, in words. */
export function targetSummary(target: RuleTarget, teamName: (id: string) => string, t: TFunction): string {
  if (target.kind === 'keep') return t('assignment.keep');
  const base = t('assignment.toTeam', { team: teamName(target.teamId), strategy: t(`assignment.strategy.${target.strategy}`) });
  return target.skills?.length ? `${base}（${t('assignment.skillsSummary', { list: target.skills.join(', ') })}）` : base;
}
