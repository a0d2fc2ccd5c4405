import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeskError } from '../../../core/desk-error';
import { serverExportFailure, type ExportFailure } from '../../../core/exports/server-export-failure';
import { DownloadInterrupted, ServerUnreachable } from '../../../core/server-link/http-request';
import { NotOurServer, ServerRefusal } from '../../../core/server-link/server-refusal';
import { flattenKeys, mergeLocaleFiles } from '../../../renderer/i18n/merge-locales';
import { ORG_ERROR_CODES, ORG_ERROR_STATUS } from '../../../shared/org/errors';

const ROOT = resolve(import.meta.dirname, '../../..');
const refusal = (status: number, code: ServerRefusal['detail']['code'], message = 'no', extra: Partial<ServerRefusal['detail']> = {}) =>
  new ServerRefusal(status, { code, message, ...extra });

describe('why the all-branches export from the server failed, as the admin is told', () => {
  it('tells "not signed in to the server", "no permission", "unreachable" and the server\'s refusal apart', () => {
    expect(serverExportFailure(refusal(401, 'unauthenticated'))).toEqual({ messageKey: 'reports.export.server.notSignedIn' });
    expect(serverExportFailure(refusal(403, 'forbidden'))).toEqual({ messageKey: 'reports.export.server.forbidden' });
    expect(serverExportFailure(refusal(403, 'deactivated'))).toEqual({ messageKey: 'reports.export.server.deactivated' });
    expect(serverExportFailure(new ServerUnreachable('unreachable'))).toEqual({ messageKey: 'reports.export.server.unreachable' });
    expect(serverExportFailure(new ServerUnreachable('timeout'))).toEqual({ messageKey: 'reports.export.server.timeout' });
    expect(serverExportFailure(new ServerUnreachable('certificate'))).toEqual({ messageKey: 'reports.export.server.certificate' });
    expect(serverExportFailure(new DownloadInterrupted())).toEqual({ messageKey: 'reports.export.server.interrupted' });
    expect(serverExportFailure(refusal(400, 'validation', 'invalid body: range.to: custom'))).toEqual({
      messageKey: 'reports.export.server.refused',
      params: { status: 400, reason: 'invalid body: range.to: custom' },
    });
  });

  it('gives the status of a server failure, including a proxy\'s error page, and the wait of a rate limit', () => {
    expect(serverExportFailure(refusal(500, 'internal'))).toEqual({ messageKey: 'reports.export.server.failed', params: { status: 500 } });
    expect(serverExportFailure(new NotOurServer(502))).toEqual({ messageKey: 'reports.export.server.failed', params: { status: 502 } });
    expect(serverExportFailure(new NotOurServer(200))).toEqual({ messageKey: 'reports.export.server.notOurServer', params: { status: 200 } });
    expect(serverExportFailure(refusal(429, 'rate_limited', 'slow', { retryAfterSeconds: 30 }))).toEqual({ messageKey: 'reports.export.server.rateLimited', params: { seconds: 30 } });
    expect(serverExportFailure(refusal(404, 'not_found'))).toEqual({ messageKey: 'reports.export.server.notSupported' });
    expect(serverExportFailure(refusal(0, 'not_found', 'no server address set'))).toEqual({ messageKey: 'reports.export.server.noServer' });
  });

  it('keeps the server\'s reason to one short line', () => {
    const failure = serverExportFailure(refusal(413, 'payload_too_large', `too\nlarge ${'x'.repeat(500)}`));
    expect(failure.messageKey).toBe('reports.export.server.refused');
    const reason = String(failure.params?.reason);
    expect(reason).toMatch(/^too large x+…$/);
    expect(reason.length).toBe(200);
  });

  it('passes a desk error on, and calls anything else a plain failed export', () => {
    expect(serverExportFailure(DeskError.of('forbidden', 'errors.forbidden'))).toEqual({ messageKey: 'errors.forbidden' });
    expect(serverExportFailure(new Error('disk full'))).toEqual({ messageKey: 'reports.export.failed' });
  });

  it('has a text in zh-CN and English for every failure it can name', () => {
    const failures: ExportFailure[] = [
      ...ORG_ERROR_CODES.map((code) => serverExportFailure(refusal(ORG_ERROR_STATUS[code], code))),
      ...(['unreachable', 'timeout', 'certificate'] as const).map((reason) => serverExportFailure(new ServerUnreachable(reason))),
      serverExportFailure(new DownloadInterrupted()),
      serverExportFailure(refusal(0, 'not_found')),
      serverExportFailure(new NotOurServer(404)),
      serverExportFailure(new NotOurServer(503)),
      serverExportFailure(new Error('x')),
    ];
    const read = (language: string) => JSON.parse(readFileSync(join(ROOT, 'renderer/i18n/locales', language, 'lead.json'), 'utf8'));
    const locales = mergeLocaleFiles({ './locales/zh-CN/lead.json': read('zh-CN'), './locales/en/lead.json': read('en') });
    for (const language of ['zh-CN', 'en']) {
      const keys = new Set(flattenKeys(locales[language]!));
      expect(failures.map((f) => f.messageKey).filter((key) => !keys.has(key)), language).toEqual([]);
    }
  });
});
