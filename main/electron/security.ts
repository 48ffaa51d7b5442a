import { session, type BrowserWindow, type WebPreferences } from 'electron';

/** The only web preferences any window gets: isolated, sandboxed, no Node. */
export function lockedPreferences(preload: string): WebPreferences {
  return { preload, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, spellcheck: false };
}

/** Keeps a window on one origin: no navigation elsewhere, no pop-ups, no permissions. */
export function lockToOrigin(win: BrowserWindow, origin: string): void {
  const contents = win.webContents;
  contents.on('will-navigate', (event, url) => {
    if (new URL(url).origin !== origin) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (new URL(url).origin !== origin) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** No page may use a camera, notifications or any other permission: asked or merely checked. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

/** True when an IPC message comes from the host's own pages, not from anything else. */
export function fromOrigin(senderUrl: string | undefined, origin: string): boolean {
  try {
    return senderUrl !== undefined && new URL(senderUrl).origin === origin;
  } catch {
    return false;
  }
}
