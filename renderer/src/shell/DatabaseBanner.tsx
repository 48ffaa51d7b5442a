import { Alert } from 'antd';
import { UI } from '../text';
import { useDatabaseReachable } from './databaseState';

/** A county host that lost its database server: every window says so in red until it is back. */
export function DatabaseBanner() {
  const reachable = useDatabaseReachable();
  if (reachable) return null;
  return <Alert type="error" banner showIcon message={UI.live.databaseLost} data-testid="database-banner" />;
}
