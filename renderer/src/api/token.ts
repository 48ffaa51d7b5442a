/**
 * The session lives in an HttpOnly cookie the page cannot read; the page only remembers, for this
 * tab, why the last session ended (shown on the login page) and whether it was signed in at all.
 */
const REASON_KEY = 'desk.signedOutReason';
const SIGNED_IN_KEY = 'desk.signedIn';

type Listener = (reason: string | null) => void;
const listeners = new Set<Listener>();

/** After a successful sign-in. */
export function markSignedIn(): void {
  sessionStorage.setItem(SIGNED_IN_KEY, '1');
  sessionStorage.removeItem(REASON_KEY);
}

export function signedOutReason(): string | null {
  return sessionStorage.getItem(REASON_KEY);
}

/**
 * The session ended (expired, signed out, ended elsewhere): the app goes to the login page and says
 * why. Said once: the calls that fail after the first do not repeat it.
 */
export function dropSession(reason: string | null): void {
  const wasSignedIn = sessionStorage.getItem(SIGNED_IN_KEY) === '1';
  sessionStorage.removeItem(SIGNED_IN_KEY);
  if (reason !== null && !wasSignedIn) {
    listeners.forEach((l) => l(null));
    return;
  }
  if (reason) sessionStorage.setItem(REASON_KEY, reason);
  else sessionStorage.removeItem(REASON_KEY);
  listeners.forEach((l) => l(reason));
}

export function onSessionDropped(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
