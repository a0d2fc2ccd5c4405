import { App, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEFAULT_WATCH_LIST } from '../../../shared/domain/assist/watch-list';
import type { OrgSettings } from '../../../shared/org/org-settings-schema';
import { useDeskMutation } from '../../api/hooks';
import { ClassifierCard } from './classifier-card';
import { WatchListEditor } from './watch-list-editor';

/** 智能辅助: the organisation's escalation watch list and its type classifier. */
export function AssistTab({ settings }: { settings: OrgSettings }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  // Here, not in the editor: the saved list's new settings version remounts the editor before a callback of its own could run.
  const save = useDeskMutation('assist.watchList.save');
  return (
    <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 900 }} data-testid="assist-admin">
      <WatchListEditor
        key={settings.version}
        phrases={settings.watchList ?? DEFAULT_WATCH_LIST}
        onSave={(phrases) => save.mutate({ phrases }, { onSuccess: () => void message.success(t('assistAdmin.watchList.saved')) })}
        saving={save.isPending}
        error={save.error}
      />
      <ClassifierCard />
    </Space>
  );
}
