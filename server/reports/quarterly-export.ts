import type { Writable } from 'node:stream';
import { regulatoryOf } from '../../shared/domain/regulatory/regulatory-settings';
import { buildQuarterlyPack, type QuarterlyPack } from '../../shared/domain/reports/quarterly/quarterly-pack';
import { quarterlyFileName, quarterlyReadRange, type QuarterlyExportRequest } from '../../shared/domain/reports/quarterly/quarterly-request';
import { quarterlyRowOf, type QuarterlyRow } from '../../shared/domain/reports/quarterly/quarterly-row';
import { quarterlySheets } from '../../shared/domain/reports/quarterly/quarterly-sheets';
import { writeCsv, writeXlsx } from '../../sheets/sheet-writers';
import { requireCapability, type Actor } from '../services/access';
import type { ServerContext } from '../services/context';
import { getOrgSettings } from '../services/org-settings-service';
import type { PreparedExport } from './daily-log-export';
import { REPORT_PAGE, reportPage } from './server-report-rows';

/**
 * The regulator's quarterly pack of every branch, for admins: the complaints received in the quarter (and
 * in the year before it, whose deadlines may fall in it) read a page at a time into quarterly rows — the
 * desk's functions, so a desk's pack of its own complaints and the server's agree — then figured and written.
 */
export async function quarterlyPackOnServer(ctx: ServerContext, quarter: string): Promise<{ pack: QuarterlyPack; settings: Awaited<ReturnType<typeof getOrgSettings>> }> {
  const settings = await getOrgSettings(ctx);
  const regulatory = regulatoryOf(settings);
  const range = quarterlyReadRange(quarter);
  const rows: QuarterlyRow[] = [];
  let page = await reportPage(ctx.pool, range, null);
  for (;;) {
    for (const r of page) rows.push(quarterlyRowOf(r.document, settings.deadlines, r.branch, regulatory.classification));
    const last = page.at(-1);
    if (page.length < REPORT_PAGE || !last) break;
    page = await reportPage(ctx.pool, range, { receivedAt: last.received_at, id: last.id });
  }
  return { pack: buildQuarterlyPack(rows, quarter, regulatory, ctx.clock()), settings };
}

export async function prepareQuarterlyExport(ctx: ServerContext, actor: Actor, request: QuarterlyExportRequest): Promise<PreparedExport> {
  requireCapability(actor, 'allBranchesExport');
  const { pack, settings } = await quarterlyPackOnServer(ctx, request.quarter);
  const sheets = quarterlySheets(pack, regulatoryOf(settings).classification, request.language);
  return {
    fileName: quarterlyFileName(request),
    writeTo: (out: Writable, signal: AbortSignal) => {
      const options = { signal, onRows: () => {} };
      return request.format === 'xlsx' ? writeXlsx(out, sheets, options) : writeCsv(out, sheets[1]!, options);
    },
  };
}
