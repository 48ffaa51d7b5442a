import { useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { Badge } from 'antd';
import { useTRPC } from '../api/client';
import { UI } from '../text';
import { setDatabaseReachable } from './databaseState';

/**
 * Listens to the host's live events and refreshes whatever the window shows; the dot tells the
 * clerk whether this window is hearing changes made on other PCs.
 */
export function LiveStatus() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sub = useSubscription(
    trpc.live.events.subscriptionOptions(undefined, {
      // Whatever changed while this window was not yet (or no longer) listening is fetched again.
      onStarted: () => void queryClient.invalidateQueries(),
      onData: (event) => {
        if (event.type === 'database.state') setDatabaseReachable(event.reachable);
        // While the database is away there is nothing to fetch again: the lists stay as they were.
        if (event.type !== 'database.state' || event.reachable) void queryClient.invalidateQueries();
      },
    }),
  );
  const connected = sub.status === 'pending';
  return (
    <span data-testid="live-status" title={connected ? '实时连接正常' : UI.live.offline}>
      <Badge status={connected ? 'success' : 'warning'} text={<span className="app-live-text">{connected ? '实时' : '重连中'}</span>} />
    </span>
  );
}
