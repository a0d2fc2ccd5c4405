import { z } from 'zod';
import { ClassEntrySchema, classListProblem, MAX_CLASS_ENTRIES, type ClassEntry } from './classification';

/**
 * An admin loads a list of reasons or lines (e.g. the national standard's Appendix A) as a file:
 * CSV with a header `code,name,parent` (or `code,zh,en,parent`), or JSON, an array of
 * `{ code, name | zh, en?, parent? }`. A name given once serves both languages. Every row is checked
 * with the settings' own rules; the answer is the entries, or every problem with its row (1 = the
 * first data row) and an i18n key — nothing half-loaded.
 */
export interface ImportProblem {
  row: number;
  messageKey: string;
}
export type ImportResult = { entries: ClassEntry[] } | { problems: ImportProblem[] };

const MAX_IMPORT_CHARS = 512 * 1024;

const RowSchema = z
  .object({
    code: z.string(),
    name: z.string().optional(),
    zh: z.string().optional(),
    en: z.string().optional(),
    parent: z.string().nullable().optional(),
  })
  .strict();

/** One CSV line's cells: commas, with "quoted, cells" and "" for a quote inside them. */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') cells.push(cell), (cell = '');
    else cell += ch;
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

function csvRows(text: string): { rows: unknown[] } | { problems: ImportProblem[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = csvCells(lines[0] ?? '').map((h) => h.toLowerCase());
  const known = ['code', 'name', 'zh', 'en', 'parent'];
  if (!header.includes('code') || !(header.includes('name') || header.includes('zh')) || header.some((h) => !known.includes(h))) {
    return { problems: [{ row: 0, messageKey: 'validation.classificationImport.header' }] };
  }
  return {
    rows: lines.slice(1).map((line) => {
      const cells = csvCells(line);
      return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
    }),
  };
}

function jsonRows(text: string): { rows: unknown[] } | { problems: ImportProblem[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problems: [{ row: 0, messageKey: 'validation.classificationImport.json' }] };
  }
  return Array.isArray(parsed) ? { rows: parsed } : { problems: [{ row: 0, messageKey: 'validation.classificationImport.json' }] };
}

function entryOf(row: unknown): ClassEntry | string {
  const shape = RowSchema.safeParse(row);
  if (!shape.success) return 'validation.classificationImport.row';
  const { code, name, zh, en, parent } = shape.data;
  const zhName = (zh ?? name ?? '').trim();
  const entry = ClassEntrySchema.safeParse({ code, zh: zhName, en: (en ?? '').trim() || zhName, parent: parent ? parent : null });
  return entry.success ? entry.data : (entry.error.issues[0]?.message ?? 'validation.classificationImport.row');
}

export function parseClassificationImport(text: string, format: 'csv' | 'json'): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return { problems: [{ row: 0, messageKey: 'validation.classificationImport.tooLarge' }] };
  const read = format === 'csv' ? csvRows(text) : jsonRows(text);
  if ('problems' in read) return read;
  if (read.rows.length === 0) return { problems: [{ row: 0, messageKey: 'validation.classification.empty' }] };
  if (read.rows.length > MAX_CLASS_ENTRIES) return { problems: [{ row: 0, messageKey: 'validation.classification.tooMany' }] };
  const entries: ClassEntry[] = [];
  const problems: ImportProblem[] = [];
  read.rows.forEach((row, i) => {
    const entry = entryOf(row);
    if (typeof entry === 'string') problems.push({ row: i + 1, messageKey: entry });
    else entries.push(entry);
  });
  if (problems.length > 0) return { problems };
  const listProblem = classListProblem(entries);
  return listProblem ? { problems: [{ row: 0, messageKey: listProblem }] } : { entries };
}

/**
 * An imported list replacing `before`: the imported entries, then every code of `before` the import leaves
 * out, retired (a code once offered keeps its meaning), under its parent when that is still there.
 */
export function replaceKeepingCodes(before: readonly ClassEntry[], imported: readonly ClassEntry[]): ClassEntry[] {
  const codes = new Set(imported.map((e) => e.code));
  const kept = before.filter((e) => !codes.has(e.code));
  const all = new Set([...codes, ...kept.map((e) => e.code)]);
  return [...imported, ...kept.map((e) => ({ ...e, retired: true, parent: e.parent !== null && all.has(e.parent) ? e.parent : null }))];
}
