import { QueryCache, QueryClient, MutationCache } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import type { inferRouterOutputs } from '@trpc/server';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { AppRouter } from '../../../main/api/router';
import { isUnauthorized, errorMessage } from './errors';
import { dropSession } from './token';

/** What every procedure answers: the one type the pages take their rows and records from. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export function makeTrpcClient() {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        // The session cookie goes with every request of this origin, the event stream included.
        true: httpSubscriptionLink({ url: '/api' }),
        false: httpBatchLink({ url: '/api', maxURLLength: 4000 }),
      }),
    ],
  });
}

/** Any call that finds the session gone sends the clerk back to the login page, with the reason. */
function onApiError(err: unknown) {
  if (isUnauthorized(err)) dropSession(errorMessage(err));
}

export function makeQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({ onError: onApiError }),
    mutationCache: new MutationCache({ onError: onApiError }),
    defaultOptions: {
      queries: { retry: (count, err) => !isUnauthorized(err) && count < 2, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
