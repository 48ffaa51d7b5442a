import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { Role } from '../../../shared/roles';
import { useMe } from '../auth/session';
import { UI } from '../text';

function HomeButton() {
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => navigate('/')}>
      {UI.backHome}
    </Button>
  );
}

/** Shows the page only to the roles given; everyone else is told why not. */
export function RoleGate({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const me = useMe();
  if (!roles.includes(me.user.role)) {
    return <Result status="403" title={UI.forbidden} subTitle={UI.forbiddenHint} extra={<HomeButton />} />;
  }
  return <>{children}</>;
}

export function NotFoundPage() {
  return <Result status="404" title={UI.notFound} extra={<HomeButton />} />;
}
