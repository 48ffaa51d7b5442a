import { useMutation, useQuery } from '@tanstack/react-query';
import { isDeskRole } from '../../../../shared/roles';
import { useTRPC } from '../../api/client';
import { useMe } from '../../auth/session';

/**
 * The counter's 访客屏, from the clerk's side: whether one is paired, the visitor's answer to what it
 * shows now (asked every second and a half while `watching`), and putting something on it.
 */
export function useCounterScreen(watching = false) {
  const trpc = useTRPC();
  const me = useMe();
  const atCounter = isDeskRole(me.user.role) && me.counter !== null;
  const status = useQuery({ ...trpc.screen.status.queryOptions(), enabled: atCounter, refetchInterval: watching ? 1500 : 10_000 });
  const show = useMutation(trpc.screen.show.mutationOptions());
  return { paired: status.data?.paired === true, seq: status.data?.seq ?? 0, answer: status.data?.answer ?? null, show: show.mutateAsync, refresh: status.refetch };
}
