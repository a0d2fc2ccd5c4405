import { AudioOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskEventListener } from '../../../../shared/api/events';
import { useDeskEvents, useDeskMutation, useDeskQuery } from '../../../api/hooks';
import { useTranscript } from './transcript-store';

/**
 * 实时转写: the customer's words as the speech engine hears them, feeding the suggestions beside the form. Without
 * an engine it says what is missing and where to put it.
 */
export function TranscriptPanel() {
  const { t } = useTranslation();
  const status = useDeskQuery('assist.speech.status', {});
  const start = useDeskMutation('assist.speech.start');
  const stop = useDeskMutation('assist.speech.stop');
  const { finals, partial, running, add, clear } = useTranscript();
  const onEvent = useCallback<DeskEventListener>(
    (event) => {
      if (event.name === 'assist.transcript') add(event.payload.segment, event.payload.running);
    },
    [add],
  );
  useDeskEvents(onEvent);
  const data = status.data;
  if (!data) return null;
  return (
    <Card size="small" title={<><AudioOutlined /> {t('assist.speech.title')}</>} data-testid="transcript-panel" styles={{ body: { padding: '6px 12px' } }}>
      {!data.ready ? (
        // One line while the call is on; what is missing and where it goes, opened when wanted.
        <details data-testid="speech-missing" style={{ fontSize: 12 }}>
          <summary>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('assist.speech.notReady')}
            </Typography.Text>
          </summary>
          <Flex vertical gap={2}>
            {data.missing.map((code) => (
              <Typography.Text key={code} type="secondary" style={{ fontSize: 12 }}>
                · {t(`assist.speech.missing.${code}`, { folder: data.modelFolder ?? '', files: (code === 'modelFiles' ? data.missingFiles : data.expectedFiles).join(', ') })}
              </Typography.Text>
            ))}
          </Flex>
        </details>
      ) : (
        <Flex vertical gap={6}>
          <Flex gap={6}>
            {running ? (
              <Button size="small" onClick={() => stop.mutate({})}>
                {t('assist.speech.stop')}
              </Button>
            ) : (
              <Button size="small" onClick={() => (clear(), start.mutate({}, { onSuccess: (status) => add(null, status.running) }))} loading={start.isPending}>
                {t('assist.speech.start')}
              </Button>
            )}
          </Flex>
          {start.error && (
            <Typography.Text type="danger" role="alert" style={{ fontSize: 12 }} data-testid="speech-start-refused">
              {t(start.error.body.messageKey, start.error.body.params)}
            </Typography.Text>
          )}
          <div data-testid="transcript" aria-live="polite" style={{ maxHeight: 140, overflowY: 'auto', fontSize: 13 }}>
            {finals.map((text, i) => (
              <div key={i}>{text}</div>
            ))}
            {partial && <Typography.Text type="secondary">{partial}</Typography.Text>}
            {finals.length === 0 && !partial && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('assist.speech.empty')}
              </Typography.Text>
            )}
          </div>
        </Flex>
      )}
    </Card>
  );
}
