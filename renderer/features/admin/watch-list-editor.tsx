import { CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_WATCH_LIST, MAX_WATCH_PHRASES, type WatchList } from '../../../shared/domain/assist/watch-list';
import { addWatchPhrase, removeWatchPhrase } from '../../../shared/domain/assist/watch-list-edit';
import type { ApiError } from '../../api/client';
import { RefusalNote } from './refusal-note';

/**
 * 扬言升级监测词: the phrases that light the 扬言投诉升级 suggestion at intake; saved on the server as one list. The save
 * lives with the parent: a saved list is a new settings version, which mounts this editor afresh.
 */
export function WatchListEditor({ phrases: saved, onSave, saving, error: refusal }: { phrases: WatchList; onSave: (phrases: WatchList) => void; saving: boolean; error: ApiError | null }) {
  const { t } = useTranslation();
  const [phrases, setPhrases] = useState<WatchList>(saved);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const changed = phrases.join('\n') !== saved.join('\n');
  const add = () => {
    const edit = addWatchPhrase(phrases, draft);
    if (!edit.ok) return void setError(edit.messageKey);
    setError(null);
    setPhrases(edit.phrases);
    setDraft('');
  };
  return (
    <Card
      size="small"
      title={t('assistAdmin.watchList.title')}
      data-testid="watch-list-editor"
      extra={
        <Space>
          <Button onClick={() => (setPhrases(DEFAULT_WATCH_LIST), setError(null))}>{t('assistAdmin.watchList.restoreDefault')}</Button>
          <Button type="primary" onClick={() => onSave(phrases)} loading={saving} disabled={!changed} data-testid="save-watch-list">
            {t('assistAdmin.watchList.save')}
          </Button>
        </Space>
      }
    >
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('assistAdmin.watchList.hint')}</Typography.Text>
        <RefusalNote error={refusal} />
        <Form layout="vertical" component="div">
          <Form.Item
            label={t('assistAdmin.watchList.newPhrase')}
            htmlFor="watch-phrase"
            validateStatus={error ? 'error' : undefined}
            help={error ? <span id="watch-phrase-error">{t(error)}</span> : undefined}
            style={{ marginBottom: 0 }}
          >
            <Space.Compact style={{ maxWidth: 420, width: '100%' }}>
              <Input
                id="watch-phrase"
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
                onPressEnter={add}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? 'watch-phrase-error' : undefined}
                placeholder={t('assistAdmin.watchList.placeholder')}
              />
              <Button icon={<PlusOutlined />} onClick={add} data-testid="add-watch-phrase">
                {t('assistAdmin.watchList.add')}
              </Button>
            </Space.Compact>
          </Form.Item>
        </Form>
        <Typography.Text type="secondary" data-testid="watch-list-count">
          {t('assistAdmin.watchList.count', { count: phrases.length, max: MAX_WATCH_PHRASES })}
        </Typography.Text>
        {phrases.length === 0 ? (
          <Typography.Text type="warning">{t('assistAdmin.watchList.empty')}</Typography.Text>
        ) : (
          <Flex wrap gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="watch-phrases">
            {phrases.map((phrase) => (
              <li key={phrase}>
                <Tag style={{ marginInlineEnd: 0, paddingInlineEnd: 2 }}>
                  {phrase}
                  <Button
                    type="text"
                    size="small"
                    icon={<CloseOutlined />}
                    aria-label={t('assistAdmin.watchList.remove', { phrase })}
                    title={t('assistAdmin.watchList.remove', { phrase })}
                    onClick={() => setPhrases(removeWatchPhrase(phrases, phrase))}
                    style={{ height: 20, width: 20, minWidth: 20, marginInlineStart: 2 }}
                  />
                </Tag>
              </li>
            ))}
          </Flex>
        )}
      </Space>
    </Card>
  );
}
