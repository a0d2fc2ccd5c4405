import { Button, List, Segmented, Space, Typography, App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Complaint, TimelineEvent } from '../../../shared/domain/complaint';
import { letterAvailability } from '../../../shared/domain/letters/compose-letter';
import { LETTER_KINDS, type LetterKind } from '../../../shared/domain/letters/letter-templates';
import { LETTER_SENT_EVENT_KIND } from '../../../shared/domain/letters/letter-sent';
import { TEMPLATE_LANGUAGES, type TemplateLanguage } from '../../../shared/domain/templates/reply-templates';
import type { Permission } from '../../../shared/domain/workflow/allowed-actions';
import { ApiError, callDesk } from '../../api/client';
import { formatDateTime } from '../../components/format-date-time';
import { DisabledReason } from '../../forms/disabled-reason';
import { useLanguageStore } from '../../i18n/language-store';
import { base64ToBlob, saveBlob } from '../../components/file-bytes';
import { LetterSentDialog } from './letter-sent-dialog';

/** The written notices: each generated as a PDF (downloaded, or saved in the desktop app), then recorded as sent. */
export function LettersPanel({ complaint, timeline }: { complaint: Complaint; timeline: TimelineEvent[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const uiLanguage = useLanguageStore((s) => s.language);
  const [language, setLanguage] = useState<TemplateLanguage>(uiLanguage);
  const [busy, setBusy] = useState<LetterKind | null>(null);
  const sent = timeline.filter((e) => e.kind === LETTER_SENT_EVENT_KIND);

  const generate = async (kind: LetterKind) => {
    setBusy(kind);
    try {
      const letter = await callDesk('letters.generate', { complaintId: complaint.id, kind, language });
      saveBlob(base64ToBlob(letter.contentBase64, 'application/pdf'), letter.fileName);
    } catch (error) {
      const body = error instanceof ApiError ? error.body : { messageKey: 'errors.internal', params: {} };
      void message.error(t(body.messageKey, body.params));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div data-testid="letters-panel">
      <Space style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{t('letters.language')}</Typography.Text>
        <Segmented<TemplateLanguage> size="small" value={language} onChange={setLanguage} options={TEMPLATE_LANGUAGES.map((l) => ({ value: l, label: t(`templates.language.${l}`) }))} />
      </Space>
      <List
        size="small"
        dataSource={[...LETTER_KINDS]}
        renderItem={(kind) => {
          const availability = letterAvailability(kind, complaint);
          const permission: Permission = availability.available ? { allowed: true } : { allowed: false, code: 'letter_unavailable', reasonKey: availability.reasonKey };
          return (
            <List.Item key={kind} data-testid={`letter-${kind}`}>
              <div style={{ width: '100%' }}>
                <Typography.Text strong>{t(`letters.kind.${kind}`)}</Typography.Text>
                <Space wrap style={{ display: 'flex', marginTop: 4 }}>
                  <DisabledReason permission={permission}>
                    <Button size="small" type="primary" disabled={!availability.available} loading={busy === kind} onClick={() => void generate(kind)} data-testid={`generate-${kind}`}>
                      {t('letters.generate')}
                    </Button>
                  </DisabledReason>
                  <LetterSentDialog complaintId={complaint.id} letter={kind} language={language} permission={permission} />
                </Space>
              </div>
            </List.Item>
          );
        }}
      />
      {sent.length > 0 && (
        <>
          <Typography.Text type="secondary">{t('letters.sentList')}</Typography.Text>
          <List
            size="small"
            dataSource={sent}
            renderItem={(e) => (
              <List.Item key={e.id} data-testid="letter-sent">
                {t(`letters.kind.${String(e.data.letter)}`)} · {t(`workflow.contactMethod.${String(e.data.method)}`)} · {formatDateTime(String(e.data.sentAt))} ·{' '}
                {t('format.person', { name: e.actor.name, id: e.actor.id })}
              </List.Item>
            )}
          />
        </>
      )}
    </div>
  );
}
