import { ShopOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Select } from 'antd';
import { isDeskRole } from '../../../shared/roles';
import { useTRPC } from '../api/client';
import { errorMessage } from '../api/errors';
import { useMe } from '../auth/session';
import { UI } from '../text';

/** This PC's counter is remembered for the next sign-in (the login page reads the same key). */
export const COUNTER_KEY = 'desk.counterId';

/**
 * 切换窗口 in the header: anyone at the desk picks or changes the counter without signing in again
 * (a supervisor who signed in without one, a clerk covering the next window). Stations have none.
 */
export function CounterSwitch() {
  const me = useMe();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const counters = useQuery({ ...trpc.reference.counters.queryOptions(), enabled: isDeskRole(me.user.role) });
  const change = useMutation(trpc.auth.switchCounter.mutationOptions());
  if (!isDeskRole(me.user.role)) return null;

  async function switchTo(counterId: number) {
    try {
      const { counter } = await change.mutateAsync({ counterId });
      localStorage.setItem(COUNTER_KEY, String(counterId));
      await queryClient.invalidateQueries();
      void message.success(UI.header.switched(counter?.name ?? ''));
    } catch (err) {
      void message.error(errorMessage(err));
    }
  }

  return (
    <span data-testid="header-counter" className="app-counter">
      <ShopOutlined />
      <Select
        aria-label={UI.header.switchCounter}
        variant="borderless"
        size="small"
        className="app-counter-select"
        popupMatchSelectWidth={false}
        value={me.counter?.id}
        placeholder={UI.header.noCounter}
        loading={change.isPending}
        onChange={(id: number) => void switchTo(id)}
        options={(counters.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
      />
    </span>
  );
}
