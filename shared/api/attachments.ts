import { z } from 'zod';
import { ATTACHMENT_MAX_BYTES_CEILING, AttachmentLimitSchema, AttachmentNameSchema, AttachmentSchema } from '../domain/attachments/attachment';
import { RecordingRefSchema } from '../domain/attachments/recording-ref';
import { WorkflowResultSchema } from './workflow';

/** Base64 of at most the ceiling's bytes; the desk's own (smaller) limit is checked by the use case with a clearer message. */
const content = z.base64({ error: 'attachments.error.unreadable' }).max(Math.ceil((ATTACHMENT_MAX_BYTES_CEILING * 4) / 3) + 4, { error: 'attachments.error.tooLarge' });

/** An attachment whose content is on its way: being uploaded from this desk (bytes the server has), or not downloaded here yet. */
export const AttachmentTransferSchema = z.object({
  attachmentId: z.string(),
  state: z.enum(['uploading', 'notDownloaded']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type AttachmentTransfer = z.infer<typeof AttachmentTransferSchema>;

export const attachmentCalls = {
  /** Attach a file: its type is taken from its content, never its name; stored encrypted under its SHA-256. */
  'attachments.add': {
    input: z.object({ complaintId: z.string().min(1), name: AttachmentNameSchema, contentBase64: content }),
    output: AttachmentSchema,
    access: 'signedIn',
  },
  /** The complaint's attachments that were not removed. */
  'attachments.list': { input: z.object({ complaintId: z.string().min(1) }), output: z.array(AttachmentSchema), access: 'signedIn' },
  /** The complaint's attachments whose content is still moving (the others are on this desk and on the server). */
  'attachments.transfers': { input: z.object({ complaintId: z.string().min(1) }), output: z.array(AttachmentTransferSchema), access: 'signedIn' },
  /** One attachment's content, for a preview in the page or a saved copy; fetched from the server the first time if another desk added it. */
  'attachments.content': {
    input: z.object({ id: z.string().min(1) }),
    output: z.object({ attachment: AttachmentSchema, contentBase64: z.string() }),
    access: 'signedIn',
  },
  /** Take an attachment off the complaint: a tombstone with the reason on the timeline. */
  'attachments.remove': {
    input: z.object({ id: z.string().min(1), reason: z.string().max(500) }),
    output: z.object({ removed: z.literal(true) }),
    access: 'signedIn',
  },
  'settings.attachments.get': { input: z.object({}), output: AttachmentLimitSchema, access: 'signedIn' },
  'settings.attachments.set': { input: AttachmentLimitSchema, output: AttachmentLimitSchema, access: ['admin'] },
  /** Note the PBX's recording of the complaint's call (id or URL); empty clears it. */
  'complaints.setRecordingRef': {
    input: z.object({ id: z.string().min(1), baseVersion: z.number().int().positive(), recordingRef: RecordingRefSchema }),
    output: WorkflowResultSchema,
    access: 'signedIn',
  },
} as const;
