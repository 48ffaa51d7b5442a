/**
 * A host serving several centres of a county database knows which one a window works for by this
 * cookie, chosen on the login page (a PC belongs to one centre's hall). It names an area code, no
 * secret: the session itself is a centre's own, and is refused by any other centre.
 */
export const CENTRE_COOKIE = 'desk_centre';
/** The same for a client that sends no cookies (scripts, tests, the bench). */
export const CENTRE_HEADER = 'x-desk-centre';
