import { z } from 'zod';
import { optionalText, requiredText } from '../fields';
import { isPlausiblePhone } from '../phone';
import { isValidResidentId, isValidUscc } from './uscc';

/**
 * Who complained, for whom, and about whom — what 《银行业保险业消费投诉处理管理办法》 Arts. 13–14 let an
 * institution ask for, recorded at registration (投诉登记). The complainant's name and phone are the
 * intake's; a person's identity document is optional (the agent asks, the caller may decline on the
 * phone). An organisation must give its name, address, 统一社会信用代码 and legal representative. A
 * complaint through an agent needs the signed 授权委托书 (an attachment of the complaint) and the agent's
 * identity and contact; an heir's needs the proof of inheritance. Who is complained about names the
 * institution or branch; the staff member and their branch are optional ("如有").
 */

export const IDENTITY_DOCUMENT_KINDS = ['resident_id', 'passport', 'other'] as const;

const identity = (field: string) =>
  z
    .object(
      {
        kind: z.enum(IDENTITY_DOCUMENT_KINDS, { error: `validation.${field}.kind` }),
        number: z.string({ error: `validation.${field}.required` }).trim().min(1, { error: `validation.${field}.required` }).max(40, { error: `validation.${field}.invalid` }),
      },
      { error: `validation.${field}.required` },
    )
    .strict()
    .refine((d) => d.kind !== 'resident_id' || isValidResidentId(d.number), { path: ['number'], error: `validation.${field}.invalid` })
    .transform((d) => ({ ...d, number: d.kind === 'resident_id' ? d.number.toUpperCase() : d.number }));

/** A person's optional document left blank (neither kind nor number, as an untouched form sends it) is no document. */
const blankAsAbsent = (value: unknown): unknown => {
  if (typeof value !== 'object' || value === null) return value;
  const { kind, number } = value as { kind?: unknown; number?: unknown };
  const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
  return blank(kind) && blank(number) && Object.keys(value).every((k) => k === 'kind' || k === 'number') ? undefined : value;
};

const phone = (field: string) =>
  z
    .string({ error: `validation.${field}.required` })
    .trim()
    .min(1, { error: `validation.${field}.required` })
    .refine(isPlausiblePhone, { error: `validation.${field}.invalid` });

const attachmentId = (field: string) =>
  z.string({ error: `validation.${field}.required` }).min(1, { error: `validation.${field}.required` }).max(64, { error: `validation.${field}.required` });

export const ComplainantSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('person'), identity: z.preprocess(blankAsAbsent, identity('representation.identity').optional()) }).strict(),
    z
      .object({
        kind: z.literal('organisation'),
        name: requiredText('representation.orgName', 100),
        address: requiredText('representation.orgAddress', 200),
        creditCode: z
          .string({ error: 'validation.representation.creditCode.required' })
          .trim()
          .min(1, { error: 'validation.representation.creditCode.required' })
          .refine(isValidUscc, { error: 'validation.representation.creditCode.invalid' })
          .transform((c) => c.toUpperCase()),
        legalRepresentative: requiredText('representation.legalRepresentative', 50),
      })
      .strict(),
  ],
  { error: 'validation.representation.complainantKind' },
);

export const OnBehalfSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('self') }).strict(),
    z
      .object({
        kind: z.literal('agent'),
        name: requiredText('representation.agentName', 50),
        identity: identity('representation.agentIdentity'),
        phone: phone('representation.agentPhone'),
        /** The signed 授权委托书, attached to the complaint. */
        authorisationAttachmentId: attachmentId('representation.authorisation'),
      })
      .strict(),
    z
      .object({
        kind: z.literal('heir'),
        name: requiredText('representation.heirName', 50),
        identity: identity('representation.heirIdentity'),
        phone: phone('representation.heirPhone'),
        /** The proof of inheritance, attached to the complaint. */
        proofAttachmentId: attachmentId('representation.inheritanceProof'),
      })
      .strict(),
  ],
  { error: 'validation.representation.onBehalfKind' },
);

export const ComplainedAboutSchema = z
  .object({
    /** The institution or branch complained about (被投诉机构); left empty, the company that received the complaint. */
    institution: optionalText('representation.institution', 100),
    /** The named staff member, if the complainant names one, and the branch they work at. */
    staffName: optionalText('representation.staffName', 50),
    staffBranch: optionalText('representation.staffBranch', 100),
  })
  .strict();

export const RepresentationSchema = z
  .object({
    complainant: ComplainantSchema,
    onBehalf: OnBehalfSchema,
    complainedAbout: ComplainedAboutSchema,
  })
  .strict();
export type Representation = z.output<typeof RepresentationSchema>;

/** A complainant speaking for themselves about the company that took the complaint: what a registration without the section records. */
export const SELF_REPRESENTATION: z.input<typeof RepresentationSchema> = {
  complainant: { kind: 'person' },
  onBehalf: { kind: 'self' },
  complainedAbout: { institution: '', staffName: '', staffBranch: '' },
};
export type RepresentationInput = z.input<typeof RepresentationSchema>;

/** The attachment a representation relies on (the 授权委托书 or the proof of inheritance), or null. */
export function representationAttachmentId(r: { onBehalf?: { kind?: unknown; authorisationAttachmentId?: unknown; proofAttachmentId?: unknown } } | null | undefined): string | null {
  const b = r?.onBehalf;
  const id = b?.kind === 'agent' ? b.authorisationAttachmentId : b?.kind === 'heir' ? b.proofAttachmentId : null;
  return typeof id === 'string' && id !== '' ? id : null;
}
