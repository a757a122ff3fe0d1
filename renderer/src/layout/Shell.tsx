import { BankOutlined, CalendarOutlined, DashboardOutlined, FileTextOutlined, ScheduleOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons';
import { Grid, Layout, Menu, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ROUTES, navigate, paths, useRoute, type Section } from '../router';
import { QuickSearch } from '../search/QuickSearch';
import { BackupWarning } from '../components/BackupWarning';
import { LockButton } from '../lock/LockButton';
import { LanguageSwitch } from './LanguageSwitch';
import { MoreMenu } from './MoreMenu';

const SECTIONS = [
  { key: 'dashboard', icon: <DashboardOutlined /> },
  { key: 'clients', icon: <TeamOutlined /> },
  { key: 'lenders', icon: <BankOutlined /> },
  { key: 'followups', icon: <ScheduleOutlined /> },
  { key: 'calendar', icon: <CalendarOutlined /> },
  { key: 'letters', icon: <FileTextOutlined /> },
  { key: 'settings', icon: <SettingOutlined /> },
] as const;

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  // The menu entry of the page shown (the overview for an address of no page, as Routes shows it).
  const route = useRoute();
  const section = route ? ROUTES[route.name].section : 'dashboard';
  // A 1280 or 1366 px laptop gets a narrower menu and margins, so the tables keep their figures.
  const wide = Grid.useBreakpoint().xxl === true;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={wide ? 200 : 168} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: wide ? '18px 20px 12px' : '16px 16px 10px' }}>
          <Typography.Title level={4} style={{ margin: 0, color: '#1f6f78' }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('app.tagline')}
          </Typography.Text>
        </div>
        <nav aria-label={t('app.name')}>
          <Menu
            mode="inline"
            selectedKeys={section ? [section] : []}
            style={{ borderInlineEnd: 'none' }}
            onClick={({ key }) => navigate(paths[key as Section]())}
            items={SECTIONS.map((s) => ({ key: s.key, icon: s.icon, label: t(`nav.${s.key}`) }))}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: '#fff', borderBottom: '1px solid #f0f0f0', display: 'flex', justifyContent: 'space-between', alignItems: 'center', padding: wide ? '0 24px' : '0 16px', height: 56 }}
        >
          <QuickSearch />
          <Space>
            <MoreMenu />
            <LanguageSwitch />
            <LockButton />
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: wide ? 24 : 16 }}>
          <BackupWarning />
          {children}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
