import { Space, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgSettings } from '../../../shared/org/org-settings-schema';
import { DEFAULT_SCORECARD } from '../../../shared/domain/assist/scorecard';
import { useDeskQuery } from '../../api/hooks';
import { OnlineOnly } from './online-only';
import { AssignmentRulesEditor } from './assignment-rules-editor';
import { AssistTab } from './assist-tab';
import { MacrosEditor } from './macros-editor';
import { QualityChecksEditor } from './quality-checks-editor';
import { RegulatoryEditor } from './regulatory-editor';
import { TaxonomyEditor } from './taxonomy-editor';
import { TeamsTab } from './teams-tab';
import { UsersTab } from './users-tab';
import { WorkingCalendarEditor } from './working-calendar-editor';

/** 管理: users, teams and branches, the organisation's settings. Admins only, and only while the server answers. */
export function AdminPage({ selfId, settingsCards }: { selfId: string | undefined; settingsCards: ReactNode }) {
  const { t } = useTranslation();
  const users = useDeskQuery('admin.users.list', {});
  const orgSettings = useDeskQuery('org.settings.refresh', {});
  const settings: OrgSettings | undefined = orgSettings.data?.settings;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('accounts.admin.title')}
      </Typography.Title>
      <OnlineOnly pending={users.isPending} error={users.error} onRetry={() => void users.refetch()}>
        <Tabs
          items={[
            { key: 'users', label: t('accounts.admin.users'), children: <UsersTab selfId={selfId} /> },
            { key: 'teams', label: t('accounts.admin.teams'), children: <TeamsTab /> },
            {
              key: 'settings',
              label: t('accounts.admin.orgSettings'),
              children: (
                <OnlineOnly pending={orgSettings.isPending} error={orgSettings.error} onRetry={() => void orgSettings.refetch()}>
                  <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 900 }}>
                    {settingsCards}
                    {settings && <TaxonomyEditor settings={settings} />}
                    {settings && <RegulatoryEditor settings={settings} />}
                  </Space>
                </OnlineOnly>
              ),
            },
            {
              key: 'assignment',
              label: t('assignment.tab'),
              children: (
                <OnlineOnly pending={orgSettings.isPending} error={orgSettings.error} onRetry={() => void orgSettings.refetch()}>
                  {settings && <AssignmentRulesEditor key={settings.version} rules={settings.assignment ?? { rules: [], fallbacks: [] }} />}
                </OnlineOnly>
              ),
            },
            {
              key: 'calendar',
              label: t('workingCalendar.tab'),
              children: (
                <OnlineOnly pending={orgSettings.isPending} error={orgSettings.error} onRetry={() => void orgSettings.refetch()}>
                  {settings && <WorkingCalendarEditor settings={settings} />}
                </OnlineOnly>
              ),
            },
            {
              key: 'macros',
              label: t('macros.tab'),
              children: (
                <OnlineOnly pending={orgSettings.isPending} error={orgSettings.error} onRetry={() => void orgSettings.refetch()}>
                  {settings && <MacrosEditor key={settings.version} macros={settings.macros ?? []} />}
                </OnlineOnly>
              ),
            },
            {
              key: 'assist',
              label: t('assistAdmin.tab'),
              children: (
                <OnlineOnly pending={orgSettings.isPending} error={orgSettings.error} onRetry={() => void orgSettings.refetch()}>
                  {settings && <AssistTab settings={settings} />}
                </OnlineOnly>
              ),
            },
            {
              key: 'quality',
              label: t('assist.qualityAdmin.tab'),
              children: (
                <OnlineOnly pending={orgSettings.isPending} error={orgSettings.error} onRetry={() => void orgSettings.refetch()}>
                  {settings && (
                    <QualityChecksEditor key={settings.scorecardVersion ?? 0} scorecard={settings.scorecard ?? DEFAULT_SCORECARD} version={settings.scorecardVersion ?? 1} />
                  )}
                </OnlineOnly>
              ),
            },
          ]}
        />
      </OnlineOnly>
    </Space>
  );
}
