import { describe, expect, it } from 'vitest';
import type { AttachmentRecord } from '../../../shared/domain/attachments/attachment-record';
import { isRefusal } from '../../../shared/domain/refusal';
import { DEFAULT_CLASSIFICATION } from '../../../shared/domain/regulatory/seed-classification';
import { RegistrationDataSchema } from '../../../shared/domain/workflow/stage-data';
import { NOTHING_RECORDED, type MutationFacts } from '../../../shared/sync/mutation-facts';
import { attachmentIdOf } from '../../../shared/sync/mutators';
import { runMutation } from '../../../shared/sync/run-mutation';
import { HANDLER, NOW, complaintAt, validStageData } from '../../support/workflow';

const AGENT_ON_BEHALF = {
  complainant: { kind: 'person', identity: { kind: 'resident_id', number: '11010519491231002x' } },
  onBehalf: { kind: 'agent', name: '李律师', identity: { kind: 'resident_id', number: '11010519491231002X' }, phone: '13900001111', authorisationAttachmentId: 'att-1' },
  complainedAbout: { institution: '北京分公司', staffName: '刘销售', staffBranch: '朝阳支公司' },
};

const facts = (attachment: AttachmentRecord | null = null): MutationFacts => ({
  ...NOTHING_RECORDED,
  attachment,
  regulatory: { classification: DEFAULT_CLASSIFICATION, repeatWindowDays: 90, earlier: [] },
});

function register(data: unknown, f: MutationFacts = facts()) {
  const c = complaintAt('registration');
  return runMutation('complaint.advance', { complaintId: c.id, eventId: 'ev-r', stage: 'registration', data }, c, HANDLER, NOW, { facts: f });
}

const record = (complaintId: string, removed = false): AttachmentRecord => ({
  attachment: { id: 'att-1', complaintId } as AttachmentRecord['attachment'],
  removed,
});

describe('registration on the regulator axes (reason and line required)', () => {
  it('requires a reason code and a line code', () => {
    const { reasonCode: _r, lineCode: _l, ...without } = validStageData().registration;
    const parsed = RegistrationDataSchema.safeParse(without);
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(['validation.registration.reasonCode.required', 'validation.registration.lineCode.required']);
  });

  it("refuses codes the organisation's classification does not have; a retired one still registers", () => {
    const refused = register({ ...validStageData().registration, reasonCode: 'made_up' });
    expect(isRefusal(refused) && [refused.code, refused.messageKey]).toEqual(['unknown_reason', 'validation.registration.reasonCode.unknown']);
    const line = register({ ...validStageData().registration, lineCode: 'made_up' });
    expect(isRefusal(line) && line.code).toBe('unknown_line');
    const retired = { ...DEFAULT_CLASSIFICATION, lines: DEFAULT_CLASSIFICATION.lines.map((l) => (l.code === 'motor' ? { ...l, retired: true } : l)) };
    const ok = register(validStageData().registration, { ...facts(), regulatory: { classification: retired, repeatWindowDays: 90, earlier: [] } });
    expect(isRefusal(ok)).toBe(false);
  });

  it('records a person speaking for themselves when the section is left out', () => {
    const result = register(validStageData().registration);
    if (isRefusal(result)) throw new Error(result.messageKey);
    expect(result.complaint.stages.registration?.representation).toEqual({
      complainant: { kind: 'person' },
      onBehalf: { kind: 'self' },
      complainedAbout: { institution: '', staffName: '', staffBranch: '' },
    });
  });
});

describe('representation (Arts. 13–14)', () => {
  it('an agent with the 授权委托书 attached to this complaint registers, the identity number upper-cased', () => {
    const c = complaintAt('registration');
    const data = { ...validStageData().registration, representation: AGENT_ON_BEHALF };
    const args = { complaintId: c.id, eventId: 'ev-r', stage: 'registration', data };
    expect(attachmentIdOf('complaint.advance', args)).toBe('att-1');
    const result = runMutation('complaint.advance', args, c, HANDLER, NOW, { facts: facts(record(c.id)) });
    if (isRefusal(result)) throw new Error(result.messageKey);
    expect(result.complaint.stages.registration?.representation?.complainant).toEqual({ kind: 'person', identity: { kind: 'resident_id', number: '11010519491231002X' } });
  });

  it('refuses an agent whose 授权委托书 is not an attachment of the complaint, or was removed', () => {
    const c = complaintAt('registration');
    const data = { ...validStageData().registration, representation: AGENT_ON_BEHALF };
    for (const f of [facts(null), facts(record(c.id, true)), facts(record('another-complaint'))]) {
      const result = register(data, f);
      expect(isRefusal(result) && result.code).toBe('representation_attachment_missing');
    }
  });

  const invalid: [string, unknown, string][] = [
    ['an agent without the 授权委托书', { ...AGENT_ON_BEHALF, onBehalf: { ...AGENT_ON_BEHALF.onBehalf, authorisationAttachmentId: '' } }, 'validation.representation.authorisation.required'],
    ['an agent without a phone', { ...AGENT_ON_BEHALF, onBehalf: { ...AGENT_ON_BEHALF.onBehalf, phone: '' } }, 'validation.representation.agentPhone.required'],
    ['an agent with a bad identity number', { ...AGENT_ON_BEHALF, onBehalf: { ...AGENT_ON_BEHALF.onBehalf, identity: { kind: 'resident_id', number: '110105194912310021' } } }, 'validation.representation.agentIdentity.invalid'],
    ['an heir without proof', { ...AGENT_ON_BEHALF, onBehalf: { kind: 'heir', name: '张小伟', identity: { kind: 'passport', number: 'E12345678' }, phone: '13900001111', proofAttachmentId: '' } }, 'validation.representation.inheritanceProof.required'],
    ['an organisation with a wrong credit code', { ...AGENT_ON_BEHALF, complainant: { kind: 'organisation', name: '某某物流有限公司', address: '福州市鼓楼区', creditCode: '91350100M000100Y44', legalRepresentative: '陈某' } }, 'validation.representation.creditCode.invalid'],
    ['an organisation without its legal representative', { ...AGENT_ON_BEHALF, complainant: { kind: 'organisation', name: '某某物流有限公司', address: '福州市鼓楼区', creditCode: '91350100M000100Y43', legalRepresentative: ' ' } }, 'validation.representation.legalRepresentative.required'],
    ['an unknown kind of complainant', { ...AGENT_ON_BEHALF, complainant: { kind: 'robot' } }, 'validation.representation.complainantKind'],
    ['an unknown field', { ...AGENT_ON_BEHALF, extra: 1 }, 'validation.invalid'],
  ];
  for (const [what, representation, key] of invalid) {
    it(`refuses ${what}`, () => {
      const result = register({ ...validStageData().registration, representation }, facts(record(complaintAt('registration').id)));
      expect(isRefusal(result) && result.messageKey).toBe(key);
    });
  }

  it('an organisation with a valid 统一社会信用代码 registers; the staff member is optional', () => {
    const representation = {
      complainant: { kind: 'organisation', name: '某某物流有限公司', address: '福州市鼓楼区', creditCode: '91350100m000100y43', legalRepresentative: '陈某' },
      onBehalf: { kind: 'self' },
      complainedAbout: { institution: '福州中心支公司' },
    };
    const result = register({ ...validStageData().registration, representation });
    if (isRefusal(result)) throw new Error(result.messageKey);
    expect(result.complaint.stages.registration?.representation).toMatchObject({
      complainant: { creditCode: '91350100M000100Y43' },
      complainedAbout: { institution: '福州中心支公司', staffName: '', staffBranch: '' },
    });
  });
});
