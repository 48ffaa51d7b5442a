import { session, type BrowserWindow, type WebPreferences } from 'electron';
import { certificateVerdict, mayNavigate, withTerminalToken } from '../shell/trust';

/** The only web preferences any window gets: isolated, sandboxed, no Node. */
export function lockedPreferences(preload: string): WebPreferences {
  return { preload, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, spellcheck: false };
}

/** Keeps a window on one origin: no navigation elsewhere, no pop-ups, no permissions. */
export function lockToOrigin(win: BrowserWindow, origin: string): void {
  const contents = win.webContents;
  contents.on('will-navigate', (event, url) => {
    if (!mayNavigate(url, origin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!mayNavigate(url, origin)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** No page may use a camera, notifications or any other permission: asked or merely checked. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

/**
 * Every certificate is judged against the host's pinned key (`certificateVerdict`), and a
 * terminal's token rides on its host's requests only (`withTerminalToken`).
 */
export function trustOnlyHost(origin: string, pins: readonly string[], token: string | null): void {
  session.defaultSession.setCertificateVerifyProc((request, callback) => callback(certificateVerdict(request.hostname, request.certificate.data, { origin, pins })));
  session.defaultSession.webRequest.onBeforeSendHeaders((details, callback) => callback({ requestHeaders: withTerminalToken(details.url, details.requestHeaders, origin, token) }));
}
