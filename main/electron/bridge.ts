import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { BRIDGE_CHANNELS } from '../../shared/bridge';
import { printPdfSilently } from './printing';
import { fromOrigin } from '../shell/trust';

/** Answers the preload bridge, but only for pages of the host's origin. */
export function serveBridge(origin: string): void {
  const guard = <A extends unknown[], R>(handler: (event: IpcMainInvokeEvent, ...args: A) => Promise<R>) =>
    (event: IpcMainInvokeEvent, ...args: A): Promise<R> => {
      if (!fromOrigin(event.senderFrame?.url, origin)) throw new Error('refused: not the host page');
      return handler(event, ...args);
    };

  ipcMain.handle(
    BRIDGE_CHANNELS.listPrinters,
    guard(async (event) => (await event.sender.getPrintersAsync()).map((p) => p.name)),
  );

  ipcMain.handle(
    BRIDGE_CHANNELS.printPdf,
    guard((_event, pdf: Uint8Array, options: { printer: string; copies: number }) => printPdfSilently(pdf, options.printer, options.copies)),
  );

  ipcMain.handle(
    BRIDGE_CHANNELS.saveFile,
    guard(async (event, data: Uint8Array, suggestedName: string) => {
      const win = BrowserWindow.fromWebContents(event.sender);
      const options = { defaultPath: basename(suggestedName) };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      writeFileSync(result.filePath, data);
      return result.filePath;
    }),
  );

  ipcMain.handle(
    BRIDGE_CHANNELS.openFile,
    guard(async (event, filters: { name: string; extensions: string[] }[]) => {
      const win = BrowserWindow.fromWebContents(event.sender);
      const options = { properties: ['openFile' as const], filters };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      const path = result.filePaths[0];
      if (result.canceled || !path) return null;
      return { name: basename(path), data: new Uint8Array(readFileSync(path)) };
    }),
  );
}
