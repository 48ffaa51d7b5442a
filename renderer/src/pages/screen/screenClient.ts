import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import type { AppRouter } from '../../../../main/api/router';

const KEY = 'desk.screen.token';

/** The 访客屏 holds no session: only the token its pairing gave it, in this tab. */
export const screenToken = {
  get: () => sessionStorage.getItem(KEY),
  set: (token: string) => sessionStorage.setItem(KEY, token),
  clear: () => sessionStorage.removeItem(KEY),
};

/** A client that sends the screen's token (and no cookie of anyone's session). */
export function screenClient() {
  return createTRPCClient<AppRouter>({
    links: [httpLink({ url: '/api', fetch: (url, init) => fetch(url, { ...init, credentials: 'omit' }), headers: () => ({ ...(screenToken.get() ? { 'X-Screen-Token': screenToken.get()! } : {}) }) })],
  });
}

export function isUnpaired(err: unknown): boolean {
  return err instanceof TRPCClientError && (err.data as { code?: string } | undefined)?.code === 'UNAUTHORIZED';
}
