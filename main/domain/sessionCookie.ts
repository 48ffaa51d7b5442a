/**
 * The session travels in a cookie the page's script cannot read (HttpOnly), sent only to this host
 * (SameSite=Strict: a page of another site cannot make a window's requests carry it), and only over
 * TLS when the host speaks TLS (Secure). It never appears in an address: the live-event stream
 * carries it like any other request.
 */
export const SESSION_COOKIE = 'desk_session';

export function sessionCookie(token: string, secure: boolean, maxAgeSeconds: number): string {
  return [`${SESSION_COOKIE}=${token}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSeconds}`, ...(secure ? ['Secure'] : [])].join('; ');
}

export function clearedSessionCookie(secure: boolean): string {
  return sessionCookie('', secure, 0);
}

/** A cookie's value from a Cookie header, or null; only a plain word (an area code) is taken. */
export function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return /^[A-Za-z0-9_-]{1,40}$/.test(value.join('=')) ? value.join('=') : null;
  }
  return null;
}

/** The session token from a Cookie header, or null. */
export function tokenFromCookies(header: string | undefined): string | null {
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) {
      const token = value.join('=');
      return /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : null;
    }
  }
  return null;
}
