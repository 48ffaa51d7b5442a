import { app, BrowserWindow, dialog, ipcMain, protocol } from 'electron';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SETUP_CHANNEL, SETUP_NOTICE_CHANNEL, type ShellSetup } from '../../shared/bridge';
import { line } from '../../shared/schemas/common';
import { passwordSchema, usernameSchema } from '../../shared/schemas/auth';
import { PRODUCT_NAME } from '../../shared/text/labels';
import { PAIRING_MSG } from '../../shared/text/messages';
import { dataDirPaths } from '../db/dataDir';
import { startHost, type RunningHost } from '../host';
import { spkiFingerprint } from '../tls/certificates';
import { pairingStanding, pairWithHost } from '../tls/pairClient';
import { initDataDir } from '../init';
import { SETUP_SCHEME, SETUP_URL, setupAsset } from '../shell/setupAssets';
import { serveBridge } from './bridge';
import { electronPrinters } from './printing';
import { loadShellConfig, saveShellConfig, type ShellConfig } from './config';
import { denyAllPermissions, lockedPreferences, lockToOrigin, trustOnlyHost } from './security';

const HOST_PORT = 5170;
const here = import.meta.dirname;
const userData = () => app.getPath('userData');
const dataDir = () => join(userData(), 'data');
let host: RunningHost | null = null;

/** Host mode: the same headless host as `desk host`, in this process. Its window trusts exactly the host's own key. */
async function startLocalHost(lan: boolean): Promise<{ url: string; pins: string[] }> {
  host = await startHost({
    dataDir: dataDir(),
    port: HOST_PORT,
    bind: lan ? '0.0.0.0' : '127.0.0.1',
    rendererDir: join(app.getAppPath(), 'dist', 'renderer'),
    log: (text) => console.error(text),
    printers: electronPrinters,
  });
  return { url: `${host.tls ? 'https' : 'http'}://127.0.0.1:${host.port}`, pins: host.tls ? [spkiFingerprint(host.tls.cert)] : [] };
}

function openMainWindow(url: string): void {
  const origin = new URL(url).origin;
  serveBridge(origin);
  const win = new BrowserWindow({
    width: 1366,
    height: 768,
    title: PRODUCT_NAME,
    webPreferences: lockedPreferences(join(here, 'preload.cjs')),
  });
  win.setMenuBarVisibility(false);
  lockToOrigin(win, origin);
  void win.loadURL(url);
}

function firstError(result: { success: boolean; error?: { issues: { message: string }[] } }): string | null {
  return result.success ? null : (result.error?.issues[0]?.message ?? '填写有误');
}

/** Checks the first-run choices and, for a host, creates its database. Returns a problem or null. */
async function applySetup(setup: ShellSetup): Promise<{ problem: string } | { config: ShellConfig }> {
  if (setup.mode === 'terminal') {
    // The host's key must fit the pairing code before anything is sent; from then on only that key is trusted.
    const paired = await pairWithHost(setup.address, setup.code, setup.name);
    if (!paired.ok) return { problem: paired.problem };
    return { config: { mode: 'terminal', address: paired.origin, pin: paired.pin, token: paired.token } };
  }
  const problem =
    firstError(line('中心名称', 40).safeParse(setup.centreName)) ??
    firstError(usernameSchema.safeParse(setup.adminUser)) ??
    firstError(passwordSchema.safeParse(setup.adminPassword));
  if (problem) return { problem };
  if (!existsSync(dataDirPaths(dataDir()).database)) {
    await initDataDir(dataDir(), { centreName: setup.centreName.trim(), admin: { username: setup.adminUser.trim().toLowerCase(), password: setup.adminPassword } });
  }
  return { config: { mode: 'host', lan: setup.lan } };
}

function runSetup(notice: string | null = null): Promise<ShellConfig> {
  return new Promise((resolve) => {
    const win = new BrowserWindow({ width: 560, height: 600, title: PRODUCT_NAME, webPreferences: lockedPreferences(join(here, 'setupPreload.cjs')) });
    win.setMenuBarVisibility(false);
    win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    // The setup page is one local file: it goes nowhere, and only it may answer the setup channel.
    win.webContents.on('will-navigate', (event) => event.preventDefault());
    win.webContents.on('will-redirect', (event) => event.preventDefault());
    ipcMain.handle(SETUP_NOTICE_CHANNEL, (event) => {
      if (event.sender !== win.webContents) throw new Error('refused: not the setup window');
      return notice;
    });
    ipcMain.handle(SETUP_CHANNEL, async (event, setup: ShellSetup) => {
      if (event.sender !== win.webContents) throw new Error('refused: not the setup window');
      const result = await applySetup(setup).catch((err: Error) => ({ problem: err.message }));
      if ('problem' in result) return result.problem;
      saveShellConfig(userData(), result.config);
      ipcMain.removeHandler(SETUP_CHANNEL);
      ipcMain.removeHandler(SETUP_NOTICE_CHANNEL);
      win.close();
      resolve(result.config);
      return null;
    });
    void win.loadURL(SETUP_URL);
  });
}

/** Serves the setup page's own files under its scheme, nothing else (no `file://` page in the shell). */
function serveSetupPage(): void {
  const root = join(app.getAppPath(), 'resources', 'setup');
  protocol.handle(SETUP_SCHEME, (request) => {
    const asset = setupAsset(request.url, root);
    if (!asset || !existsSync(asset.path)) return new Response('', { status: 404 });
    return new Response(readFileSync(asset.path), { headers: { 'content-type': asset.type } });
  });
}

/**
 * A terminal asks its pinned host, at every start, whether its pairing still stands: a revoked
 * terminal is sent back to pairing with the reason; a host showing another key is not trusted.
 */
async function terminalReady(config: Extract<ShellConfig, { mode: 'terminal' }>): Promise<ShellConfig> {
  const standing = await pairingStanding(config.address, config.pin, config.token);
  if (standing === 'paired') return config;
  if (standing === 'revoked' || standing === 'unknown') return runSetup(PAIRING_MSG.revoked);
  if (standing === 'unreachable') throw new Error(PAIRING_MSG.unreachable);
  // Another key at the host's address: an impostor, or a host reinstalled. Only a person can tell.
  const { response } = await dialog.showMessageBox({ type: 'warning', title: PRODUCT_NAME, message: PAIRING_MSG.wrongHost, buttons: [PAIRING_MSG.quitButton, PAIRING_MSG.pairAgainButton], defaultId: 0, cancelId: 0 });
  if (response === 1) return runSetup(PAIRING_MSG.wrongHost);
  throw new Error(PAIRING_MSG.wrongHost);
}

async function launch(): Promise<void> {
  denyAllPermissions();
  serveSetupPage();
  let config = loadShellConfig(userData()) ?? (await runSetup());
  if (config.mode === 'terminal') config = await terminalReady(config);
  if (config.mode === 'host') {
    const local = await startLocalHost(config.lan);
    trustOnlyHost(new URL(local.url).origin, local.pins, null);
    openMainWindow(local.url);
  } else {
    trustOnlyHost(config.address, [config.pin], config.token);
    openMainWindow(config.address);
  }
}

// Before the app is ready: the setup page's scheme behaves like a secure, standard origin ('self' in its CSP).
protocol.registerSchemesAsPrivileged([{ scheme: SETUP_SCHEME, privileges: { standard: true, secure: true } }]);

if (!app.requestSingleInstanceLock()) app.quit();

app.on('window-all-closed', () => app.quit());
app.on('will-quit', (event) => {
  if (!host) return;
  // Close the database cleanly (WAL checkpoint) before the process ends.
  event.preventDefault();
  const closing = host;
  host = null;
  void closing.close().finally(() => app.quit());
});

app
  .whenReady()
  .then(launch)
  .catch((err: Error) => {
    // Start-up failures (port in use, database locked or damaged) carry a Chinese message already.
    dialog.showErrorBox(PRODUCT_NAME, err.message);
    app.quit();
  });
