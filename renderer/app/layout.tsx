import {
  ApartmentOutlined,
  BarChartOutlined,
  FileAddOutlined,
  PhoneOutlined,
  QuestionCircleOutlined,
  SettingOutlined,
  SyncOutlined,
  TeamOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { Button, Grid, Layout, Menu, Tag, Typography, theme } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { mayCall, type CallName } from '../../shared/api/contract';
import type { Agent } from '../../shared/api/session';
import { may, type Capability } from '../../shared/domain/capabilities';
import { CurrentCallWidget } from '../features/calls/current-call-widget';
import { IncomingCallNotice } from '../features/calls/incoming-call-notice';
import { useScreenPop } from '../features/calls/use-screen-pop';
import { StyleWarmup } from '../components/style-warmup';
import { SearchBox } from '../features/search/search-box';
import { SearchDialog } from '../features/search/search-dialog';
import { useSearchShortcut } from '../features/search/use-search-shortcut';
import { useIdleActivity } from '../features/session/use-idle-activity';
import { ClockWarning } from '../features/sync/clock-warning';
import { SyncStatus } from '../features/sync/sync-status';
import { SearchIndexProgress } from '../features/search/index-progress';
import { LanguageSwitch } from '../i18n/language-switch';
import { CheatSheet } from './cheat-sheet';
import { QueueNavLabel } from './queue-nav-label';
import { useGlobalShortcuts } from './use-global-shortcuts';

/**
 * Navigation per UI.md. `call` shows an entry to the roles that may make the call behind it, `capability`
 * to the people who have it (the dispatcher refuses the calls anyway).
 */
const NAV: { key: string; icon: ReactNode; label: string; call?: CallName; capability?: Capability }[] = [
  { key: '/complaints', icon: <UnorderedListOutlined />, label: 'nav.myQueue' },
  { key: '/intake', icon: <FileAddOutlined />, label: 'nav.newComplaint' },
  { key: '/calls', icon: <PhoneOutlined />, label: 'nav.calls' },
  { key: '/team', icon: <TeamOutlined />, label: 'accounts.nav.team', call: 'team.queue' },
  { key: '/reports', icon: <BarChartOutlined />, label: 'reports.nav', call: 'reports.dashboard' },
  { key: '/admin', icon: <ApartmentOutlined />, label: 'accounts.nav.admin', capability: 'adminArea' },
  { key: '/sync', icon: <SyncOutlined />, label: 'sync.nav' },
  { key: '/settings', icon: <SettingOutlined />, label: 'nav.settings' },
];

export function AppLayout({ agent, offline }: { agent: Agent; offline: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useGlobalShortcuts();
  useScreenPop();
  useSearchShortcut();
  useIdleActivity();
  const nav = useMemo(
    () => NAV.filter((item) => (!item.capability || may(agent, item.capability)) && (!item.call || mayCall(item.call, agent))),
    [agent],
  );
  const [cheatSheetOpen, setCheatSheetOpen] = useState(false);
  const { token } = theme.useToken();
  // Under antd's lg (992 CSS px: the 1366-px laptop zoomed past about 135 %), the navigation keeps only its icons and
  // the top bar wraps onto a second row, so nothing is cut off or pushed out of the window at 200 % zoom.
  const narrow = Grid.useBreakpoint().lg === false;
  const selected = nav.find((item) => pathname.startsWith(item.key))?.key ?? '/complaints';
  // The same items on every navigation (a screen-pop is one): the menu does not rebuild them.
  const items = useMemo(
    () => nav.map(({ capability: _capability, call: _call, ...item }) => ({ ...item, label: item.key === '/complaints' ? <QueueNavLabel /> : t(item.label) })),
    [nav, t],
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        width={200}
        collapsed={narrow}
        collapsedWidth={56}
        trigger={null}
        theme="dark"
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        {!narrow && (
          <div style={{ color: token.colorTextLightSolid, fontSize: 17, fontWeight: 600, padding: '15px 20px', letterSpacing: 1 }}>
            {t('app.name')}
          </div>
        )}
        {/* inlineIndent 16 and 200 px: "我的队列 99+ 99+" (and "My queue …") fits without being cut off. */}
        <Menu
          theme="dark"
          mode="inline"
          aria-label={t('app.name')}
          inlineIndent={16}
          selectedKeys={[selected]}
          items={items}
          onClick={({ key }) => navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        {/* The top bar stays in view: the current call and its timer must never scroll away. */}
        <Layout.Header
          style={{
            position: 'sticky',
            top: 0,
            zIndex: 10,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'flex-end',
            gap: narrow ? '4px 12px' : 20,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            ...(narrow ? { flexWrap: 'wrap', height: 'auto', lineHeight: 'normal', padding: '6px 12px' } : {}),
          }}
        >
          <div style={{ marginInlineEnd: 'auto' }}>
            <CurrentCallWidget />
          </div>
          <SyncStatus />
          <SearchIndexProgress />
          <SearchBox />
          {offline && (
            <Tag data-testid="offline-indicator" title={t('accounts.topbar.offlineHint')}>
              {t('accounts.topbar.offline')}
            </Tag>
          )}
          <Typography.Text data-testid="signed-in-agent">{t('topbar.agent', { role: t(`session.roles.${agent.role}`), name: agent.name, id: agent.id })}</Typography.Text>
          <LanguageSwitch />
          <Button size="small" type="text" icon={<QuestionCircleOutlined />} onClick={() => setCheatSheetOpen(true)}>
            {t('cheatSheet.button')}
          </Button>
        </Layout.Header>
        <CheatSheet open={cheatSheetOpen} onOpenChange={setCheatSheetOpen} />
        <SearchDialog agent={agent} />
        <Layout.Content style={{ padding: narrow ? 12 : 20, minWidth: 0 }}>
          <ClockWarning />
          <IncomingCallNotice />
          <Outlet />
          <StyleWarmup />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
