import { z } from 'zod';
import { ActorRefSchema, type Actor } from '../actor';
import { may } from '../capabilities';
import type { Complaint, TimelineEvent } from '../complaint';
import type { CommandResult } from '../commands/create-complaint';
import { refuse, type Refusal } from '../refusal';

export const ATTACHMENT_ADDED_EVENT_KIND = 'attachment.added';
export const ATTACHMENT_REMOVED_EVENT_KIND = 'attachment.removed';

/**
 * What may be attached, by the type its content declares (magic bytes), never by its name: PDF,
 * images, office documents (OOXML, and the legacy binary formats, which share one container type)
 * and audio recordings. Plain text and anything executable has no place here.
 */
export const ATTACHMENT_MEDIA_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/bmp',
  'image/tiff',
  'image/heic',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/x-cfb',
  'audio/mpeg',
  'audio/wav',
  'audio/x-m4a',
  'audio/mp4',
  'audio/amr',
  'audio/ogg',
  'audio/opus',
  'audio/flac',
  'audio/aac',
] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

export function isAttachmentMediaType(type: string): type is AttachmentMediaType {
  return (ATTACHMENT_MEDIA_TYPES as readonly string[]).includes(type);
}

/** The renderer previews these inside its own page; every other type can only be saved. */
export function isPreviewable(type: string): boolean {
  return type === 'application/pdf' || (type.startsWith('image/') && type !== 'image/tiff' && type !== 'image/heic');
}

/** The largest file an admin may allow; the desk's setting is at most this. */
export const ATTACHMENT_MAX_BYTES_CEILING = 50 * 1024 * 1024;
export const DEFAULT_ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
export const AttachmentLimitSchema = z.object({
  maxBytes: z
    .number({ error: 'attachments.validation.maxBytesRange' })
    .int({ error: 'attachments.validation.maxBytesRange' })
    .min(1024, { error: 'attachments.validation.maxBytesRange' })
    .max(ATTACHMENT_MAX_BYTES_CEILING, { error: 'attachments.validation.maxBytesRange' }),
});
export type AttachmentLimit = z.infer<typeof AttachmentLimitSchema>;

/** The name as the agent's file had it, without any folder part; what the timeline and the list show. */
export const AttachmentNameSchema = z
  .string()
  .transform((name) => name.split(/[\\/]/).pop()?.trim() ?? '')
  .pipe(z.string().min(1, { error: 'attachments.validation.nameRequired' }).max(255, { error: 'attachments.validation.nameTooLong' }));

export const AttachmentSchema = z.object({
  id: z.string(),
  complaintId: z.string(),
  name: z.string(),
  size: z.number().int().nonnegative(),
  /** SHA-256 of the content, hex: the stored file's name, and what a synced copy is checked against. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mediaType: z.string(),
  addedAt: z.string(),
  addedBy: ActorRefSchema,
});
export type Attachment = z.infer<typeof AttachmentSchema>;

const timelineEvent = (complaint: Complaint, eventId: string, actor: Actor, now: Date, kind: string, data: Record<string, unknown>): TimelineEvent => ({
  id: eventId,
  complaintId: complaint.id,
  at: now.toISOString(),
  actor: { id: actor.id, name: actor.name },
  kind,
  changes: [],
  data,
});

/** What the timeline keeps of an attachment: who and when are the event's own. */
const timelineData = (a: Attachment) => ({ attachmentId: a.id, name: a.name, size: a.size, sha256: a.sha256, mediaType: a.mediaType });

/**
 * complaint.attachFile: like a note, an attachment is a timeline event and not a change of the record,
 * so two desks attaching files never conflict. Who may attach is the complaint's read scope (core checks it on load).
 */
export function attachFile(complaint: Complaint, command: { eventId: string; attachment: Attachment }, actor: Actor, now: Date): CommandResult {
  return { complaint, events: [timelineEvent(complaint, command.eventId, actor, now, ATTACHMENT_ADDED_EVENT_KIND, timelineData(command.attachment))] };
}

/** Who may take an attachment off a complaint: the person who added it, or a lead or admin. */
export function mayRemoveAttachment(attachment: Attachment, actor: Actor): boolean {
  return may(actor, 'removeAnyAttachment') || attachment.addedBy.id === actor.id;
}

/**
 * complaint.removeAttachment: a tombstone on the timeline (with the reason) and the attachment leaves the
 * list; its entry on the timeline, its hash and its content stay, so nothing disappears silently.
 */
export function removeAttachment(
  complaint: Complaint,
  command: { eventId: string; attachment: Attachment; reason: string },
  actor: Actor,
  now: Date,
): CommandResult | Refusal {
  if (!mayRemoveAttachment(command.attachment, actor)) return refuse('not_attachment_owner', 'attachments.refusal.notOwner');
  const reason = command.reason.trim();
  if (!reason) return refuse('attachment_reason_required', 'attachments.validation.reasonRequired', { field: 'reason' });
  return { complaint, events: [timelineEvent(complaint, command.eventId, actor, now, ATTACHMENT_REMOVED_EVENT_KIND, { ...timelineData(command.attachment), reason })] };
}

/** The attachment an `attachment.added` event records (a pulled timeline carries them to other desks); null for other events. */
export function attachmentOfEvent(event: TimelineEvent): Attachment | null {
  if (event.kind !== ATTACHMENT_ADDED_EVENT_KIND) return null;
  const data = event.data as Partial<ReturnType<typeof timelineData>> | undefined;
  const parsed = AttachmentSchema.safeParse({
    id: data?.attachmentId,
    complaintId: event.complaintId,
    name: data?.name,
    size: data?.size,
    sha256: data?.sha256,
    mediaType: data?.mediaType,
    addedAt: event.at,
    addedBy: event.actor,
  });
  return parsed.success ? parsed.data : null;
}
