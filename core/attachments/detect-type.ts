import { fileTypeFromBuffer } from 'file-type';
import { isAttachmentMediaType, type AttachmentMediaType } from '../../shared/domain/attachments/attachment';

/** The type the content declares by its magic bytes, if it is one the desk accepts; the file's name plays no part. */
export async function acceptedMediaType(content: Buffer): Promise<AttachmentMediaType | null> {
  const detected = await fileTypeFromBuffer(content);
  return detected && isAttachmentMediaType(detected.mime) ? detected.mime : null;
}
