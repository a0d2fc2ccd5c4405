import { Button, Card, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { draftHandoverSummary } from '../../../shared/domain/assist/handover-summary';
import { complaintTypeLabelKey, type ComplaintType } from '../../../shared/domain/complaint-types';
import { demandTagLabelKey, emotionTagLabelKey, type DemandTag, type EmotionTag } from '../../../shared/domain/quick-tags';
import { stageLabelKey, type Stage } from '../../../shared/domain/stages';
import { NOTE_TEXT_MAX } from '../../../shared/domain/workflow/notes';
import { useDeskMutation, useDeskQuery } from '../../api/hooks';
import { useTaxonomy } from '../../components/use-taxonomy';

/**
 * 交接摘要: a draft paragraph for whoever takes the complaint over, assembled from the record's fields; the agent
 * edits it and adds it as an internal note (nothing is saved until then).
 */
export function HandoverSummaryCard({ complaintId }: { complaintId: string }) {
  const { t, i18n } = useTranslation();
  const { subtypeLabel } = useTaxonomy();
  const detail = useDeskQuery('complaints.get', { id: complaintId });
  const addNote = useDeskMutation('complaints.addNote');
  const [draft, setDraft] = useState<string | null>(null);
  const complaint = detail.data?.complaint;
  if (!complaint) return null;
  const compose = () =>
    setDraft(
      draftHandoverSummary(complaint, {
        language: i18n.language === 'en' ? 'en' : 'zh-CN',
        type: (code) => t(complaintTypeLabelKey(code as ComplaintType)),
        subtype: subtypeLabel,
        stage: (code) => t(stageLabelKey(code as Stage)),
        emotion: (code) => t(emotionTagLabelKey(code as EmotionTag)),
        demand: (code) => t(demandTagLabelKey(code as DemandTag)),
      }),
    );
  const save = () =>
    draft &&
    addNote.mutate({ id: complaintId, text: draft }, { onSuccess: () => setDraft(null) });
  return (
    <Card size="small" title={t('assist.handover.title')} data-testid="handover-summary">
      {draft === null ? (
        <Flex vertical gap={6} align="start">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('assist.handover.help')}
          </Typography.Text>
          <Button size="small" onClick={compose}>
            {t('assist.handover.draft')}
          </Button>
        </Flex>
      ) : (
        <Flex vertical gap={6}>
          <Input.TextArea
            aria-label={t('assist.handover.title')}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            autoSize={{ minRows: 4, maxRows: 10 }}
            count={{ show: true, max: NOTE_TEXT_MAX }}
          />
          {addNote.error && <Typography.Text type="danger">{t(addNote.error.body.messageKey)}</Typography.Text>}
          <Flex gap={6}>
            <Button size="small" type="primary" onClick={save} loading={addNote.isPending} disabled={!draft.trim() || draft.length > NOTE_TEXT_MAX}>
              {t('assist.handover.addAsNote')}
            </Button>
            <Button size="small" onClick={() => setDraft(null)}>
              {t('assist.handover.discard')}
            </Button>
          </Flex>
        </Flex>
      )}
    </Card>
  );
}
