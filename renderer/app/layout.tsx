import { FileAddOutlined, SettingOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Layout, Menu, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import type { Agent } from '../../shared/api/session';
import { LanguageSwitch } from '../i18n/language-switch';
import { useGlobalShortcuts } from './use-global-shortcuts';

const NAV = [
  { key: '/complaints', icon: <UnorderedListOutlined />, label: 'nav.myComplaints' },
  { key: '/intake', icon: <FileAddOutlined />, label: 'nav.newComplaint' },
  { key: '/settings', icon: <SettingOutlined />, label: 'nav.settings' },
];

export function AppLayout({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useGlobalShortcuts();
  const selected = NAV.find((item) => pathname.startsWith(item.key))?.key ?? '/complaints';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={188} theme="dark">
        <div style={{ color: '#fff', fontSize: 17, fontWeight: 600, padding: '15px 20px', letterSpacing: 1 }}>
          {t('app.name')}
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[selected]}
          items={NAV.map((item) => ({ ...item, label: t(item.label) }))}
          onClick={({ key }) => navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: 20, borderBottom: '1px solid #f0f0f0' }}>
          <Typography.Text data-testid="signed-in-agent">{t('topbar.agent', { name: agent.name, id: agent.id })}</Typography.Text>
          <LanguageSwitch />
        </Layout.Header>
        <Layout.Content style={{ padding: 20 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
