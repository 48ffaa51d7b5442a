import { LogoutOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Spin, Typography } from 'antd';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { useTRPC } from '../../api/client';
import { dropSession } from '../../api/token';
import { useMe } from '../../auth/session';
import { ChangePasswordPage } from '../ChangePasswordPage';

/** The 网格员's frame on a phone: the centre's name, who is signed in, 退出; nothing of the hall's menus. */
export function GridShell() {
  const me = useMe();
  const trpc = useTRPC();
  const logout = useMutation(trpc.auth.logout.mutationOptions());
  async function signOut() {
    await logout.mutateAsync().catch(() => undefined);
    dropSession(null);
  }
  return (
    <div className="grid-shell">
      <header className="grid-header">
        <Typography.Text strong className="grid-centre">
          {me.centreName}
        </Typography.Text>
        <span className="grid-user" data-testid="header-user">
          {me.user.displayName}（网格员）
          <Button type="link" size="small" className="app-header-link" icon={<LogoutOutlined />} onClick={() => void signOut()}>
            退出
          </Button>
        </span>
      </header>
      <main className="grid-main">
        {me.user.mustChangePassword ? (
          <ChangePasswordPage mustChange />
        ) : (
          <Suspense fallback={<Spin />}>
            <Outlet />
          </Suspense>
        )}
      </main>
    </div>
  );
}
