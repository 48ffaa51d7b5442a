/** The session token, kept per browser so a reload does not sign the clerk out. */
const KEY = 'desk.token';
/** Why the last session ended, kept for this tab so a reload of the login page still says so. */
const REASON_KEY = 'desk.signedOutReason';

type Listener = (reason: string | null) => void;
const listeners = new Set<Listener>();

export function getToken(): string | null {
  return localStorage.getItem(KEY);
}

export function setToken(token: string): void {
  localStorage.setItem(KEY, token);
  sessionStorage.removeItem(REASON_KEY);
}

export function signedOutReason(): string | null {
  return sessionStorage.getItem(REASON_KEY);
}

/** Forgets the token and tells the app why (shown on the login page), e.g. an expired session. */
export function dropSession(reason: string | null): void {
  if (getToken() === null && reason !== null) return;
  localStorage.removeItem(KEY);
  if (reason) sessionStorage.setItem(REASON_KEY, reason);
  else sessionStorage.removeItem(REASON_KEY);
  listeners.forEach((l) => l(reason));
}

export function onSessionDropped(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
