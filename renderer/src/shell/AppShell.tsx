import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Layout, Menu, Space, Spin, Typography } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { PRODUCT_NAME, ROLE_LABELS } from '../../../shared/text/labels';
import { useTRPC } from '../api/client';
import { dropSession } from '../api/token';
import { useMe } from '../auth/session';
import { ChangePasswordPage } from '../pages/ChangePasswordPage';
import { UI } from '../text';
import { FindBox } from '../pages/matters/FindBox';
import { CounterSwitch } from './CounterSwitch';
import { InsecureBanner } from './InsecureBanner';
import { LiveStatus } from './LiveStatus';
import { DatabaseBanner } from './DatabaseBanner';
import { MaintenanceBanners } from './MaintenanceBanners';
import { navFor } from './nav';
import { GridShell } from '../pages/grid/GridShell';
import { ScreenButton } from '../pages/screen/ScreenButton';

export function AppShell() {
  const me = useMe();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const location = useLocation();
  const logout = useMutation(trpc.auth.logout.mutationOptions());
  const items = navFor(me.user.role, me.area !== null);
  const selected = items.find((i) => location.pathname.startsWith(i.path))?.path;

  async function signOut() {
    await logout.mutateAsync().catch(() => undefined);
    dropSession(null);
  }

  // A 网格员 works from a phone: a frame of its own, with none of the hall's menus.
  if (me.user.role === 'grid') return <GridShell />;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <InsecureBanner />
      <DatabaseBanner />
      <MaintenanceBanners />
      <Layout.Header className="app-header">
        <Space size="middle" className="app-title">
          <Typography.Text strong className="app-centre">{me.centreName}</Typography.Text>
          <Typography.Text className="app-product">{PRODUCT_NAME}</Typography.Text>
        </Space>
        <Space size="large" className="app-user">
          <FindBox />
          {/* A new stream for every session: one opened before the first-login password change was refused and would never recover. */}
          {me.user.mustChangePassword ? null : <LiveStatus key={me.user.id} />}
          <CounterSwitch />
          <ScreenButton />
          <span data-testid="header-user">
            <UserOutlined /> {me.user.displayName}（{ROLE_LABELS[me.user.role]}）
          </span>
          <Button type="link" className="app-header-link" onClick={() => navigate('/password')}>
            {UI.header.changePassword}
          </Button>
          <Button type="link" className="app-header-link" icon={<LogoutOutlined />} onClick={() => void signOut()}>
            {UI.header.logout}
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={168} theme="light" className="app-sider">
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected] : []}
            items={items.map((i) => ({ key: i.path, label: <Link to={i.path}>{i.label}</Link> }))}
            aria-label="主导航"
          />
        </Layout.Sider>
        <Layout.Content className="app-content">
          {/* A page opened for the first time loads its code here, the frame staying in place. */}
          {me.user.mustChangePassword ? <ChangePasswordPage mustChange /> : <Suspense fallback={<Spin />}><Outlet /></Suspense>}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
