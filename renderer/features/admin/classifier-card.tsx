import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrainedClassifier } from '../../../shared/org/assist';
import { useDeskMutation, useDeskQuery } from '../../api/hooks';
import { formatBytes } from '../../components/format-bytes';
import { formatDateTime } from '../../components/format-date-time';
import { RefusalNote } from './refusal-note';

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** What a training made: the new version, what it learnt from, and its score on closed complaints it did not learn from. */
function TrainingResult({ result }: { result: TrainedClassifier }) {
  const { t } = useTranslation();
  const score = result.heldBack;
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      data-testid="training-result"
      title={t('assistAdmin.classifier.trained', { version: result.version })}
      description={
        <>
          <div>{t('assistAdmin.classifier.learntFrom', { examples: result.examples, organisation: result.organisationExamples, classes: result.classes })}</div>
          <div>
            {score
              ? t('assistAdmin.classifier.heldBack', { count: score.heldBack, type: percent(score.typeAccuracy), subtype: percent(score.subtypeAccuracy) })
              : t('assistAdmin.classifier.noHeldBack')}
          </div>
        </>
      }
    />
  );
}

/** 分类模型: the organisation's newest classifier (version, date, size) and training a new one from closed complaints. */
export function ClassifierCard() {
  const { t } = useTranslation();
  const info = useDeskQuery('assist.classifier.info', {});
  const train = useDeskMutation('assist.classifier.train');
  const model = info.data?.model;
  return (
    <Card size="small" title={t('assistAdmin.classifier.title')} data-testid="classifier-card">
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        {info.isPending ? (
          <Spin />
        ) : info.error ? (
          <RefusalNote error={info.error} />
        ) : model ? (
          <Descriptions size="small" column={2} bordered data-testid="classifier-info">
            <Descriptions.Item label={t('assistAdmin.classifier.version')}>{t('assistAdmin.classifier.versionValue', { version: model.version })}</Descriptions.Item>
            <Descriptions.Item label={t('assistAdmin.classifier.trainedAt')}>{formatDateTime(model.trainedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('assistAdmin.classifier.trainedBy')}>{model.trainedBy}</Descriptions.Item>
            <Descriptions.Item label={t('assistAdmin.classifier.examples')}>{model.examples}</Descriptions.Item>
            <Descriptions.Item label={t('assistAdmin.classifier.classes')}>{model.classes}</Descriptions.Item>
            <Descriptions.Item label={t('assistAdmin.classifier.size')}>
              {t('assistAdmin.classifier.sizeValue', { bytes: formatBytes(model.bytes), words: model.vocabularySize })}
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <Typography.Text data-testid="classifier-info">{t('assistAdmin.classifier.none')}</Typography.Text>
        )}
        <Typography.Text type="secondary">{t('assistAdmin.classifier.hint')}</Typography.Text>
        <div>
          <Button icon={<ReloadOutlined />} onClick={() => train.mutate({})} loading={train.isPending} data-testid="train-classifier">
            {t('assistAdmin.classifier.train')}
          </Button>
        </div>
        <RefusalNote error={train.error} />
        {train.data && !train.isPending && <TrainingResult result={train.data} />}
      </Space>
    </Card>
  );
}
