import { BrowserWindow } from 'electron';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PRINTER_MSG } from '../../shared/text/messages';
import { PrinterError, type Printers } from '../print/printers/printers';

/** A hidden window's web contents: Electron lists and prints through one. */
async function withHiddenWindow<T>(use: (win: BrowserWindow) => Promise<T>): Promise<T> {
  const win = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true } });
  try {
    return await use(win);
  } finally {
    win.destroy();
  }
}

/** Prints a PDF silently on a named printer: Chromium's PDF viewer prints what it shows. */
export async function printPdfSilently(pdf: Uint8Array, printer: string, copies: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'desk-print-'));
  const file = join(dir, 'document.pdf');
  writeFileSync(file, pdf);
  try {
    await withHiddenWindow(async (win) => {
      await win.loadFile(file);
      await new Promise<void>((resolve, reject) =>
        win.webContents.print({ silent: true, deviceName: printer, copies: Math.max(1, Math.min(copies, 20)) }, (ok, reason) => (ok ? resolve() : reject(new Error(reason)))),
      );
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function listElectronPrinters(): Promise<string[]> {
  return withHiddenWindow(async (win) => (await win.webContents.getPrintersAsync()).map((p) => p.name));
}

/**
 * The host's printers when it runs inside the desktop shell: on Windows this needs no PDF reader,
 * and on every system it sees the same printers the clerk's dialog shows.
 */
export const electronPrinters: Printers = {
  list: listElectronPrinters,
  async print(file, o) {
    if (!(await listElectronPrinters()).includes(o.printer)) throw new PrinterError(PRINTER_MSG.unknown(o.printer));
    try {
      await printPdfSilently(new Uint8Array(readFileSync(file)), o.printer, o.copies);
      return '';
    } catch (err) {
      throw new PrinterError(PRINTER_MSG.failed(o.printer, (err as Error).message));
    }
  },
};
