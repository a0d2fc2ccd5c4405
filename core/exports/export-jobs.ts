import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportRequest } from '../../shared/api/reports';
import type { DeskContext } from '../context';
import { log } from '../log';
import { exportFileName } from '../../shared/domain/reports/export-file-name';
import { dailyLogCsv } from './daily-log-csv';
import { dailyLogXlsx } from './daily-log-xlsx';
import type { ExportWriter } from './export-writer';
import { regulatorySheet } from './desk-export-sheets';
import { quarterlySheets } from '../../shared/domain/reports/quarterly/quarterly-sheets';
import { quarterlyFileName } from '../../shared/domain/reports/quarterly/quarterly-request';
import { quarterlyPackOnDesk } from '../services/desk-quarterly-pack';
import { readRegulatorySettings } from '../services/regulatory-settings';
import { EXPORT_FAILED, type ExportFailure } from './server-export-failure';
import { writeCsv, writeXlsx } from '../../sheets/sheet-writers';

interface Job {
  controller: AbortController;
  path: string;
  fileName: string;
  status: 'running' | 'done' | 'cancelled' | 'failed';
  failure?: ExportFailure;
}

const jobsByDesk = new WeakMap<DeskContext, Map<string, Job>>();
const jobsOf = (ctx: DeskContext) => {
  let jobs = jobsByDesk.get(ctx);
  if (!jobs) jobsByDesk.set(ctx, (jobs = new Map()));
  return jobs;
};

/**
 * Writes an export to an owner-only temp file in the background, with exports.progress events and an
 * exports.finished at the end (saying why when it failed); the finished file is handed out once
 * (takeExportFile) and then removed.
 */
export function startExportJob(ctx: DeskContext, writer: ExportWriter): { jobId: string; total: number; done: Promise<void> } {
  const jobId = ctx.newId();
  const dir = mkdtempSync(join(tmpdir(), 'complaint-desk-export-'));
  const { fileName, total } = writer;
  const job: Job = { controller: new AbortController(), path: join(dir, `export.${writer.format}`), fileName, status: 'running' };
  jobsOf(ctx).set(jobId, job);
  const write = writer.write(job.path, {
    signal: job.controller.signal,
    onProgress: (written: number) => ctx.events.emit('exports.progress', { jobId, written, total }),
  });
  const done = write.then(
    () => {
      job.status = 'done';
    },
    (error: unknown) => {
      job.status = job.controller.signal.aborted ? 'cancelled' : 'failed';
      if (job.status === 'failed') {
        log('error', '[exports] writing failed', error);
        job.failure = writer.failure?.(error) ?? EXPORT_FAILED;
      }
      rmSync(dir, { recursive: true, force: true });
      jobsOf(ctx).delete(jobId);
    },
  ).then(() => {
    const { status, failure } = job;
    if (status === 'done' || status === 'cancelled') ctx.events.emit('exports.finished', { jobId, status, fileName });
    else ctx.events.emit('exports.finished', { jobId, status: 'failed', fileName, error: failure ?? EXPORT_FAILED });
  });
  return { jobId, total, done };
}

/**
 * The desk's own export: the daily log as XLSX streamed to a worker thread (daily-log-xlsx.ts) or as CSV
 * read a page at a time (daily-log-csv.ts); the regulatory statistics written on this thread by the shared writers.
 */
export function startExport(ctx: DeskContext, request: ExportRequest): { jobId: string; total: number; done: Promise<void> } {
  if (request.kind === 'dailyLog') {
    return startExportJob(ctx, request.format === 'xlsx' ? dailyLogXlsx(ctx, { ...request, format: 'xlsx' }) : dailyLogCsv(ctx, { ...request, format: 'csv' }));
  }
  if (request.kind === 'quarterly') {
    const sheets = quarterlySheets(quarterlyPackOnDesk(ctx, request.quarter), readRegulatorySettings(ctx).classification, request.language);
    return startExportJob(ctx, {
      fileName: quarterlyFileName(request),
      format: request.format,
      total: sheets.reduce((n, s) => n + [...s.rows].length, 0),
      write: (path, { signal, onProgress }) => {
        const options = { signal, onRows: onProgress };
        return request.format === 'xlsx' ? writeXlsx(path, sheets, options) : writeCsv(path, sheets[1]!, options);
      },
    });
  }
  const { sheet, total } = regulatorySheet(ctx, request);
  return startExportJob(ctx, {
    fileName: exportFileName(request),
    format: request.format,
    total,
    write: (path, { signal, onProgress }) => {
      const options = { signal, onRows: onProgress };
      return request.format === 'xlsx' ? writeXlsx(path, [sheet], options) : writeCsv(path, sheet, options);
    },
  });
}

export function cancelExport(ctx: DeskContext, jobId: string): { cancelled: boolean } {
  const job = jobsOf(ctx).get(jobId);
  if (!job || job.status !== 'running') return { cancelled: false };
  job.controller.abort();
  return { cancelled: true };
}

/** The finished file, once: the caller streams or copies it, then calls release() to remove it. */
export function takeExportFile(ctx: DeskContext, jobId: string): { path: string; fileName: string; release: () => void } | null {
  const job = jobsOf(ctx).get(jobId);
  if (!job || job.status !== 'done') return null;
  jobsOf(ctx).delete(jobId);
  return { path: job.path, fileName: job.fileName, release: () => rmSync(join(job.path, '..'), { recursive: true, force: true }) };
}
