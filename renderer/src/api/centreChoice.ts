import { CENTRE_COOKIE } from '../../../shared/centreCookie';

/** Remembered for a year on this PC: the hall's PCs stay in their centre. */
export function chooseCentre(area: string): void {
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${CENTRE_COOKIE}=${area}; Path=/; SameSite=Strict; Max-Age=${365 * 24 * 3600}${secure}`;
}
