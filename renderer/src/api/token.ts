/** The session token, kept per browser so a reload does not sign the clerk out. */
const KEY = 'desk.token';

type Listener = (reason: string | null) => void;
const listeners = new Set<Listener>();

export function getToken(): string | null {
  return localStorage.getItem(KEY);
}

export function setToken(token: string): void {
  localStorage.setItem(KEY, token);
}

/** Forgets the token and tells the app why (shown on the login page), e.g. an expired session. */
export function dropSession(reason: string | null): void {
  if (getToken() === null && reason !== null) return;
  localStorage.removeItem(KEY);
  listeners.forEach((l) => l(reason));
}

export function onSessionDropped(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
