import { Descriptions } from 'antd';
import type { CollapseProps } from 'antd';
import type { TFunction } from 'i18next';
import type { Complaint } from '../../../../shared/domain/complaint';
import { STAGES, stageLabelKey } from '../../../../shared/domain/stages';
import { stageRecordLines } from './stage-record-format';

/** One completed stage's record as labelled lines, readable without the timeline. */
function StageRecord({ stage, record, t }: { stage: string; record: unknown; t: TFunction }) {
  return (
    <Descriptions column={1} size="small" bordered styles={{ label: { width: '34%', wordBreak: 'keep-all' } }} data-testid={`stage-record-${stage}`}>
      {stageRecordLines(stage, record, t).map((line, i) => (
        <Descriptions.Item key={`${line.label}-${i}`} label={line.label}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{line.value}</span>
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

/** A collapsible section per completed stage (登记 … 关闭), in the order of the process. */
export function stageRecordSections(complaint: Complaint, t: TFunction): NonNullable<CollapseProps['items']> {
  return STAGES.flatMap((stage) => {
    const record = (complaint.stages as Record<string, unknown>)[stage];
    if (record === undefined) return [];
    return [{ key: stage, label: t('stageRecords.section', { stage: t(stageLabelKey(stage)) }), children: <StageRecord stage={stage} record={record} t={t} /> }];
  });
}
