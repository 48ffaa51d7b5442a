import { useSyncExternalStore } from 'react';

/**
 * Whether the host can reach its county database server, as its live events last said. Kept outside
 * React's tree: the live stream (in the header) hears it, the banner (above the header) shows it.
 */
let reachable = true;
const listeners = new Set<() => void>();

export function setDatabaseReachable(now: boolean): void {
  if (now === reachable) return;
  reachable = now;
  for (const listener of listeners) listener();
}

export function useDatabaseReachable(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => reachable,
  );
}
