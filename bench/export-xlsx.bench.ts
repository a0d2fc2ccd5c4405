import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { openDatabase } from '../db/open';
import { makeTempDir } from '../tests/support/temp-dir';
import { seedTeam } from './support/team-desk';
import { benchLine, round } from './stats';

const COMPLAINTS = 100_000;
/** exceljs's non-streaming Workbook takes minutes and gigabytes at 100k (TOOLCHAIN.md): both writers are compared on this sample. */
const SAMPLE_DAYS = { from: '2026-11-17', to: '2026-11-25' };
const ALL_DAYS = { from: '2026-08-01', to: '2026-11-25' };

interface ChildResult {
  seconds: number;
  cpuSeconds: number;
  rssBeforeMb: number;
  peakRssMb: number;
  rows: number;
}

function runChild(mode: 'streaming' | 'workbook', db: string, days: { from: string; to: string }): ChildResult {
  const out = execFileSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'export-xlsx-child.ts'), mode, db, days.from, days.to], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as ChildResult;
}

/**
 * The daily log of 100k complaints (汇总 + 明细, 17 columns, zh-CN) through the desk's export job with
 * exceljs's streaming writer, each run in its own process for its peak RSS; the ratio is to exceljs's
 * non-streaming Workbook on a sample of about a tenth, both measured in this run.
 */
export async function benchExportXlsx(): Promise<string[]> {
  const { dir, cleanup } = makeTempDir('complaint-desk-bench-');
  try {
    const path = join(dir, 'desk.sqlite');
    const db = openDatabase(path);
    seedTeam(db, COMPLAINTS);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const full = runChild('streaming', path, ALL_DAYS);
    const sampleStreaming = runChild('streaming', path, SAMPLE_DAYS);
    const sampleWorkbook = runChild('workbook', path, SAMPLE_DAYS);
    return [
      benchLine('export-xlsx', 'daily-log-100k-streaming-vs-workbook-on-sample', {
        ratio: round(sampleStreaming.seconds / sampleWorkbook.seconds, 3),
        goal: '≤2.5s-and-≤300MB',
        seconds: round(full.seconds, 2),
        rss_mb: round(full.peakRssMb, 1),
        cpu_seconds: round(full.cpuSeconds, 2),
        rss_before_mb: round(full.rssBeforeMb, 1),
        rows: full.rows,
        sample_rows: sampleStreaming.rows,
        sample_streaming_seconds: round(sampleStreaming.seconds, 2),
        sample_streaming_rss_mb: round(sampleStreaming.peakRssMb, 1),
        sample_workbook_seconds: round(sampleWorkbook.seconds, 2),
        sample_workbook_rss_mb: round(sampleWorkbook.peakRssMb, 1),
        errors: full.rows > COMPLAINTS ? 0 : 1,
      }),
    ];
  } finally {
    cleanup();
  }
}
