import type { ClassifierModel } from '../../shared/domain/assist/classifier-model';
import type { ClassifierInfo } from '../../shared/org/assist';
import { firstRowOf, rowsOf, type Queryable } from '../db/queryable';

/** A closed complaint's description and the type and subtype it was closed under: what training learns from. */
export interface ClosedDescription {
  text: string;
  type: string;
  subtype: string;
}

export async function closedDescriptions(db: Queryable, limit = 50_000): Promise<ClosedDescription[]> {
  return rowsOf<ClosedDescription>(
    db,
    `SELECT document->'intake'->>'description' AS text, complaint_type AS type, complaint_subtype AS subtype
       FROM sync_complaints
      WHERE status = 'closed' AND NOT deleted AND complaint_type IS NOT NULL AND complaint_subtype IS NOT NULL
      ORDER BY ended_at DESC NULLS LAST LIMIT $1`,
    [limit],
  );
}

/** Stores a new model under the next version and points the settings at it (one transaction's statements). */
export async function storeClassifier(db: Queryable, model: Omit<ClassifierModel, 'version'>, by: string, now: Date): Promise<number> {
  const row = await firstRowOf<{ version: number }>(
    db,
    `INSERT INTO classifier_models (version, trained_at, trained_by, examples, model)
     SELECT COALESCE(MAX(version), 0) + 1, $1, $2, $3, $4 FROM classifier_models
     RETURNING version`,
    [now, by, model.examples, JSON.stringify(model)],
  );
  const version = row!.version;
  await db.query(
    `UPDATE org_settings SET classifier_version = $1, version = version + 1, updated_at = $2, updated_by = $3 WHERE id = 1`,
    [version, now, by],
  );
  return version;
}

export async function newestClassifier(db: Queryable): Promise<ClassifierModel | null> {
  const row = await firstRowOf<{ version: number; model: ClassifierModel }>(
    db,
    'SELECT version, model FROM classifier_models ORDER BY version DESC LIMIT 1',
  );
  return row ? { ...row.model, version: row.version } : null;
}

/** The newest model's version, date, trainer and size, without reading its counts out of the database. */
export async function newestClassifierInfo(db: Queryable): Promise<ClassifierInfo['model']> {
  const row = await firstRowOf<{ version: number; trained_at: Date; trained_by: string; examples: number; vocabulary: number; classes: number; bytes: number }>(
    db,
    `SELECT m.version, m.trained_at, u.name AS trained_by, m.examples,
            (m.model->>'vocabularySize')::int AS vocabulary, jsonb_array_length(m.model->'classes') AS classes,
            octet_length(m.model::text) AS bytes
       FROM classifier_models m JOIN users u ON u.id = m.trained_by
      ORDER BY m.version DESC LIMIT 1`,
  );
  if (!row) return null;
  return {
    version: row.version,
    trainedAt: new Date(row.trained_at).toISOString(),
    trainedBy: row.trained_by,
    examples: row.examples,
    vocabularySize: row.vocabulary,
    classes: row.classes,
    bytes: Number(row.bytes),
  };
}
