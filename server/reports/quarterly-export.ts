import type { Writable } from 'node:stream';
import { regulatoryOf } from '../../shared/domain/regulatory/regulatory-settings';
import type { QuarterlyPack } from '../../shared/domain/reports/quarterly/quarterly-pack';
import { quarterlyFileName, type QuarterlyExportRequest } from '../../shared/domain/reports/quarterly/quarterly-request';
import { quarterlySheets } from '../../shared/domain/reports/quarterly/quarterly-sheets';
import { writeCsv, writeXlsx } from '../../sheets/sheet-writers';
import { requireCapability, type Actor } from '../services/access';
import type { ServerContext } from '../services/context';
import { getOrgSettings } from '../services/org-settings-service';
import type { PreparedExport } from './daily-log-export';
import { quarterlyPackFromSql } from './quarterly-figures-sql';

/**
 * The regulator's quarterly pack of every branch, for admins: counted by PostgreSQL (quarterly-figures-sql.ts —
 * the complaints received in the quarter, and for 及时率 those of the year before it whose deadlines may fall in
 * it) and figured by the shared packOfCounts, so a desk's pack of its own complaints and the server's agree and
 * no complaint is held in memory.
 */
export async function quarterlyPackOnServer(ctx: ServerContext, quarter: string): Promise<{ pack: QuarterlyPack; settings: Awaited<ReturnType<typeof getOrgSettings>> }> {
  const settings = await getOrgSettings(ctx);
  return { pack: await quarterlyPackFromSql(ctx.pool, quarter, settings.deadlines, regulatoryOf(settings), ctx.clock()), settings };
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
