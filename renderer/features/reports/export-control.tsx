import { Alert, Button, Dropdown, Flex, Progress, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventPayload } from '../../../shared/api/events';
import type { ExportFormat, ExportRequest } from '../../../shared/api/reports';
import { ApiError, callDesk, deskTransport } from '../../api/client';
import { useLanguageStore } from '../../i18n/language-store';

type Job = { jobId: string; written: number; total: number };
type Finished = EventPayload<'exports.finished'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Export as XLSX or CSV in the UI's language: progress while it is written, cancel, then save (Electron) or download (browser). */
export function ExportControl({
  request,
  testId,
  caption,
  hint,
}: {
  request: DistributiveOmit<ExportRequest, 'format' | 'language'>;
  testId: string;
  /** Says what is exported when a screen offers more than one export. */
  caption?: string;
  hint?: string;
}) {
  const { t } = useTranslation();
  const language = useLanguageStore((s) => s.language);
  const [job, setJob] = useState<Job | null>(null);
  const [outcome, setOutcome] = useState<{ type: 'success' | 'info' | 'error'; text: string } | null>(null);

  const jobRef = useRef<Job | null>(null);
  /** Events of a job the start call has not answered yet: a small export can finish before it does. */
  const early = useRef(new Map<string, Finished>());
  const track = (next: Job | null) => {
    jobRef.current = next;
    setJob(next);
  };

  const finish = useCallback(
    ({ jobId, status, fileName, error }: Finished) => {
      track(null);
      if (status === 'done') {
        void deskTransport()
          .saveExport(jobId)
          .then((result) => setOutcome(result.ok ? { type: 'success', text: t('reports.export.saved', { file: fileName }) } : { type: 'error', text: t(result.error.messageKey) }));
      } else if (status === 'cancelled') setOutcome({ type: 'info', text: t('reports.export.cancelled') });
      // The desk says why (the server unreachable, no permission there, …): core chose the text.
      else setOutcome({ type: 'error', text: t(error?.messageKey ?? 'reports.export.failed', error?.params) });
    },
    [t],
  );

  useEffect(
    () =>
      deskTransport().subscribe((event) => {
        const current = jobRef.current;
        if (event.name === 'exports.progress' && current?.jobId === event.payload.jobId) track({ ...current, written: event.payload.written });
        if (event.name !== 'exports.finished') return;
        if (current?.jobId === event.payload.jobId) finish(event.payload);
        else early.current.set(event.payload.jobId, event.payload);
      }),
    [finish],
  );

  const start = async (format: ExportFormat) => {
    setOutcome(null);
    try {
      const started = await callDesk('exports.start', { ...request, format, language } as ExportRequest);
      const finished = early.current.get(started.jobId);
      early.current.delete(started.jobId);
      if (finished) finish(finished);
      else track({ jobId: started.jobId, written: 0, total: started.total });
    } catch (error) {
      setOutcome({ type: 'error', text: error instanceof ApiError ? t(error.body.messageKey, error.body.params) : String(error) });
    }
  };
  return (
    <Flex vertical gap={8} data-testid={testId}>
      <Flex gap={8} align="center">
        {caption && (
          <Typography.Text title={hint} type="secondary" style={{ whiteSpace: 'nowrap' }}>
            {caption}
          </Typography.Text>
        )}
        <Dropdown.Button
          disabled={job !== null}
          onClick={() => void start('xlsx')}
          menu={{ items: [{ key: 'csv', label: t('reports.export.csv') }], onClick: () => void start('csv') }}
        >
          {t('reports.export.xlsx')}
        </Dropdown.Button>
        {job && (
          <>
            {job.total ? (
              <Progress style={{ width: 220 }} percent={Math.min(100, Math.round((job.written / job.total) * 100))} size="small" />
            ) : (
              <Typography.Text type="secondary" data-testid={`${testId}-received`}>
                {t('reports.export.receivedKb', { kb: Math.round(job.written / 1024).toLocaleString() })}
              </Typography.Text>
            )}
            <Button size="small" onClick={() => void callDesk('exports.cancel', { jobId: job.jobId })}>
              {t('actions.cancel')}
            </Button>
          </>
        )}
      </Flex>
      {outcome && (
        // Bounded, so a long reason wraps under the buttons instead of squeezing the screen beside it.
        <Alert
          type={outcome.type}
          showIcon
          title={<Typography.Text>{outcome.text}</Typography.Text>}
          closable
          onClose={() => setOutcome(null)}
          style={{ maxWidth: 400 }}
          data-testid={`${testId}-outcome`}
        />
      )}
    </Flex>
  );
}
