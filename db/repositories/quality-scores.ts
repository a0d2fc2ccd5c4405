import type { ReadableDB } from '../handles';
import { statement } from '../statements';
import { QualityRecordSchema } from '../../shared/domain/assist/quality-schema';
import type { QualityRow } from '../../shared/domain/assist/quality-report';

const SELECT = `
  SELECT json_extract(record, '$.quality') AS quality,
         COALESCE(json_extract(record, '$.assignee.id'), json_extract(record, '$.createdBy.id')) AS handler_id,
         COALESCE(json_extract(record, '$.assignee.name'), json_extract(record, '$.createdBy.name')) AS handler_name
    FROM complaints
   WHERE status = 'closed' AND ended_at >= ? AND ended_at < ? AND json_extract(record, '$.quality') IS NOT NULL
   ORDER BY ended_at, id`;

/** The kept 质检 scores of the complaints closed in [start, end) (UTC instants), with who handled each. */
export function readQualityRows(db: ReadableDB, start: string, end: string): QualityRow[] {
  const rows = statement(db, SELECT).all(start, end) as { quality: string; handler_id: string; handler_name: string }[];
  return rows.flatMap((row) => {
    const quality = QualityRecordSchema.safeParse(JSON.parse(row.quality));
    return quality.success ? [{ handlerId: row.handler_id, handlerName: row.handler_name, quality: quality.data }] : [];
  });
}
