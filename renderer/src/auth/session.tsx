import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Result, Spin, Button } from 'antd';
import { type RouterOutputs, useTRPC } from '../api/client';
import { errorMessage, isUnauthorized } from '../api/errors';
import { markSignedIn } from '../api/token';
import { UI } from '../text';

export type Me = RouterOutputs['auth']['me'];

const SessionContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useMe outside a signed-in page');
  return me;
}

/** Renders its children only for a signed-in user; otherwise sends the browser to the login page. */
export function RequireSession({ children }: { children: ReactNode }) {
  const trpc = useTRPC();
  const location = useLocation();
  // Whether there is a session only the host knows (the cookie is HttpOnly): ask it.
  const me = useQuery(trpc.auth.me.queryOptions());
  // A tab opened on a live session remembers it too, so its end is explained when it comes.
  useEffect(() => {
    if (me.data) markSignedIn();
  }, [me.data]);
  if (me.isPending) return <Spin fullscreen tip={UI.loading} />;
  if (me.isError && isUnauthorized(me.error)) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (me.isError) {
    return (
      <Result
        status="warning"
        title={errorMessage(me.error)}
        extra={<Button onClick={() => void me.refetch()}>{UI.retry}</Button>}
      />
    );
  }
  return <SessionContext.Provider value={me.data}>{children}</SessionContext.Provider>;
}
