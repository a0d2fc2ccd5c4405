import { Space, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/api/search';
import { stageLabelKey } from '../../../shared/domain/stages';
import { DeadlineBadge } from '../../components/deadline-badge';
import { HighlightedText } from './highlighted-text';

const STATUS_COLOR = { open: 'processing', closed: 'default', withdrawn: 'warning' } as const;

/** One result: number, customer, status, stage and deadline, and the texts it was found by, highlighted. */
export function SearchResultRow({ hit, active, id, onOpen }: { hit: SearchHit; active: boolean; id: string; onOpen: () => void }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      data-testid="search-result"
      data-complaint-id={hit.id}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onOpen}
      style={{
        padding: '8px 12px',
        cursor: 'pointer',
        borderRadius: 6,
        background: active ? token.colorPrimaryBg : undefined,
        borderInlineStart: `3px solid ${active ? token.colorPrimary : 'transparent'}`,
      }}
    >
      <Space size={8} wrap style={{ width: '100%' }}>
        <Typography.Text strong>{hit.number}</Typography.Text>
        <Typography.Text>{hit.customerName}</Typography.Text>
        <Typography.Text type="secondary">{hit.contactPhone}</Typography.Text>
        <Tag color={STATUS_COLOR[hit.status]}>{t(`status.${hit.status}`)}</Tag>
        <Tag>{t(stageLabelKey(hit.stage))}</Tag>
        <DeadlineBadge deadline={hit.deadline} showDue={false} />
      </Space>
      {hit.matches.map((m, i) => (
        <div key={i} style={{ fontSize: 13, marginTop: 2, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          <Typography.Text type="secondary">{t('format.labelled', { label: t(`search.fields.${m.field}`) })}</Typography.Text>
          <HighlightedText segments={m.segments} />
        </div>
      ))}
    </div>
  );
}
