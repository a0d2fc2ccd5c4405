import { BarChartOutlined, FileAddOutlined, PhoneOutlined, QuestionCircleOutlined, SettingOutlined, TeamOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { mayCall, type CallName } from '../../shared/api/contract';
import type { Agent } from '../../shared/api/session';
import { CurrentCallWidget } from '../features/calls/current-call-widget';
import { useScreenPop } from '../features/calls/use-screen-pop';
import { LanguageSwitch } from '../i18n/language-switch';
import { CheatSheet } from './cheat-sheet';
import { QueueNavLabel } from './queue-nav-label';
import { useGlobalShortcuts } from './use-global-shortcuts';

/** Each entry with the call behind it: a role sees only what it may call (the desk refuses the rest anyway). */
const NAV: { key: string; icon: ReactNode; label: string; call?: CallName }[] = [
  { key: '/complaints', icon: <UnorderedListOutlined />, label: 'nav.myQueue' },
  { key: '/intake', icon: <FileAddOutlined />, label: 'nav.newComplaint' },
  { key: '/calls', icon: <PhoneOutlined />, label: 'nav.calls' },
  { key: '/team', icon: <TeamOutlined />, label: 'team.nav', call: 'team.queue' },
  { key: '/reports', icon: <BarChartOutlined />, label: 'reports.nav', call: 'reports.dashboard' },
  { key: '/settings', icon: <SettingOutlined />, label: 'nav.settings' },
];

export function AppLayout({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useGlobalShortcuts();
  useScreenPop();
  const [cheatSheetOpen, setCheatSheetOpen] = useState(false);
  const nav = NAV.filter((item) => !item.call || mayCall(item.call, agent));
  const selected = nav.find((item) => pathname.startsWith(item.key))?.key ?? '/complaints';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={188} theme="dark" style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}>
        <div style={{ color: '#fff', fontSize: 17, fontWeight: 600, padding: '15px 20px', letterSpacing: 1 }}>
          {t('app.name')}
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[selected]}
          items={nav.map(({ call: _call, ...item }) => ({ ...item, label: item.key === '/complaints' ? <QueueNavLabel /> : t(item.label) }))}
          onClick={({ key }) => navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        {/* The top bar stays in view: the current call and its timer must never scroll away. */}
        <Layout.Header
          style={{ position: 'sticky', top: 0, zIndex: 10, display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: 20, borderBottom: '1px solid #f0f0f0' }}
        >
          <div style={{ marginInlineEnd: 'auto' }}>
            <CurrentCallWidget />
          </div>
          <Typography.Text data-testid="signed-in-agent">{t('topbar.agent', { role: t(`session.roles.${agent.role}`), name: agent.name, id: agent.id })}</Typography.Text>
          <LanguageSwitch />
          <Button size="small" type="text" icon={<QuestionCircleOutlined />} onClick={() => setCheatSheetOpen(true)}>
            {t('cheatSheet.button')}
          </Button>
        </Layout.Header>
        <CheatSheet open={cheatSheetOpen} onOpenChange={setCheatSheetOpen} />
        <Layout.Content style={{ padding: 20 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
