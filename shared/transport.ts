/**
 * How the host speaks to the windows: HTTPS with the centre's certificate; plain HTTP on loopback
 * (nothing leaves the PC); or plain HTTP on the LAN for a lab, which every window shows in red.
 */
export type Transport = 'https' | 'http-loopback' | 'http-insecure';
