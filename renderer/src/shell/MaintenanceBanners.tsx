import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { Link } from 'react-router';
import { isDeskRole } from '../../../shared/roles';
import { useTRPC } from '../api/client';
import { useMe } from '../auth/session';
import { SYSTEM_UI } from '../pages/settings/systemText';

/** Looked at again every few minutes: a USB disk pulled out at noon is said before the evening's backup. */
const RECHECK_MS = 5 * 60_000;

/** Every desk window: the backup folder is missing, or no good backup for two days. */
function BackupBanner() {
  const trpc = useTRPC();
  const warning = useQuery({ ...trpc.maintenance.backupWarning.queryOptions(), refetchInterval: RECHECK_MS });
  if (!warning.data) return null;
  return <Alert type="warning" banner showIcon message={SYSTEM_UI.backupWarning(warning.data)} data-testid="backup-banner" />;
}

/** The admin's screen: findings of the data check, until acknowledged in 设置 · 系统. */
function FindingsBanner() {
  const trpc = useTRPC();
  const status = useQuery({ ...trpc.maintenance.status.queryOptions(), refetchInterval: RECHECK_MS });
  const check = status.data?.check;
  if (!check || check.acknowledged || check.findings.length === 0) return null;
  return <Alert type="error" banner showIcon message={<Link to="/settings?tab=system">{SYSTEM_UI.findingsBanner(check.findings.length)}</Link>} data-testid="findings-banner" />;
}

export function MaintenanceBanners() {
  const me = useMe();
  if (!isDeskRole(me.user.role)) return null;
  return (
    <>
      {me.user.role === 'admin' && <FindingsBanner />}
      <BackupBanner />
    </>
  );
}
