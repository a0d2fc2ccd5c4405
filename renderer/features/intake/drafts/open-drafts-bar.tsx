import { FileTextOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Draft } from '../../../../shared/api/drafts';
import { useDeskQuery } from '../../../api/hooks';
import { formatPhoneForDisplay } from '../../../../shared/domain/phone';

/** What the intake route receives when the agent opens one of the listed drafts. */
export interface OpenDraftState {
  openDraft: string;
}

const MAX_KEYED = 9;

function draftName(draft: Draft, unnamed: string): string {
  const { customerName, contactPhone } = draft.payload as { customerName?: unknown; contactPhone?: unknown };
  const name = typeof customerName === 'string' ? customerName.trim() : '';
  const phone = typeof contactPhone === 'string' && contactPhone.trim() ? formatPhoneForDisplay(contactPhone) : '';
  return [name, phone].filter(Boolean).join(' · ') || unnamed;
}

/**
 * 未完成的受理: the agent's other unsaved intakes (e.g. the one left when a new call came in), each one
 * keystroke away — Alt+Shift+1 … Alt+Shift+9 — so switching between callers never loses what was typed.
 */
export function OpenDraftsBar({ currentDraftId }: { currentDraftId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const drafts = useDeskQuery('drafts.latest', { form: 'intake' });
  const others = (drafts.data ?? []).filter((draft) => draft.id !== currentDraftId);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
      const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
      const draft = digit ? others[Number(digit) - 1] : undefined;
      if (!draft) return;
      event.preventDefault();
      navigate('/intake', { state: { openDraft: draft.id } satisfies OpenDraftState });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate, others]);

  if (others.length === 0) return null;
  return (
    <Flex align="center" gap={8} wrap style={{ marginBottom: 10 }} data-testid="open-drafts" role="navigation" aria-label={t('drafts.title')}>
      <Typography.Text type="secondary">{t('drafts.title')}</Typography.Text>
      {others.map((draft, i) => (
        <Button
          key={draft.id}
          size="small"
          icon={<FileTextOutlined />}
          onClick={() => navigate('/intake', { state: { openDraft: draft.id } satisfies OpenDraftState })}
          data-testid="open-draft"
        >
          {draftName(draft, t('drafts.unnamed'))} · {dayjs(draft.updatedAt).format('HH:mm')}
          {i < MAX_KEYED && <Typography.Text keyboard style={{ marginInlineStart: 4 }}>{`Alt+Shift+${i + 1}`}</Typography.Text>}
        </Button>
      ))}
    </Flex>
  );
}
