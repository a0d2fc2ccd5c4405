import { copyFile } from 'node:fs/promises';
import type { Dispatch } from '../../core/dispatcher';
import type { DeskContext } from '../../core/context';
import { takeExportFile } from '../../core/exports/export-jobs';

type ShowSaveDialog = (options: { defaultPath: string; filters: { name: string; extensions: string[] }[] }) => Promise<{ canceled: boolean; filePath?: string }>;

/**
 * exports.saveAs in the shell: the dispatcher checks the call as any other (schema, role), then the
 * save dialog asks where, and the finished file is copied there. Every other call passes through.
 */
export function withSaveExport(dispatch: Dispatch, ctx: DeskContext, showSaveDialog: ShowSaveDialog): Dispatch {
  return async (call, input) => {
    if (call !== 'exports.saveAs') return dispatch(call, input);
    const checked = await dispatch(call, input);
    if (checked.ok || checked.error.messageKey !== 'reports.export.downloadInstead') return checked;
    const file = takeExportFile(ctx, (input as { jobId: string }).jobId);
    if (!file) return { ok: false, error: { code: 'not_found', messageKey: 'reports.export.gone' } };
    try {
      const extension = file.fileName.split('.').pop() ?? 'xlsx';
      const choice = await showSaveDialog({ defaultPath: file.fileName, filters: [{ name: extension.toUpperCase(), extensions: [extension] }] });
      if (choice.canceled || !choice.filePath) return { ok: true, value: { saved: false } };
      await copyFile(file.path, choice.filePath);
      return { ok: true, value: { saved: true } };
    } finally {
      file.release();
    }
  };
}
