import { AttachmentLimitSchema, DEFAULT_ATTACHMENT_MAX_BYTES, type AttachmentLimit } from '../../../shared/domain/attachments/attachment';
import type { DeskContext } from '../../context';
import { readSetting } from '../../settings';

const LIMIT_KEY = 'attachments.limit';

/** The largest attachment this desk takes (an admin's setting, else 20 MiB). */
export function readAttachmentLimit(ctx: DeskContext): AttachmentLimit {
  return readSetting(ctx.settings, LIMIT_KEY, AttachmentLimitSchema, { maxBytes: DEFAULT_ATTACHMENT_MAX_BYTES });
}

export function writeAttachmentLimit(ctx: DeskContext, limit: AttachmentLimit): AttachmentLimit {
  ctx.settings.set(LIMIT_KEY, limit);
  return limit;
}
