import { listCupsPrinters, printWithCups, type PrintOptions } from './cups';
import { listWindowsPrinters, printWithWindows } from './windows';

export type { PrintOptions } from './cups';
export { PrinterError } from './cups';

/** A way to reach the system's printers: CUPS, Windows, or Electron's own when the host runs in the shell. */
export interface Printers {
  list(): Promise<string[]>;
  /** Sends a PDF file; resolves with the job id once the system has accepted it. */
  print(file: string, options: PrintOptions): Promise<string>;
}

export const cupsPrinters: Printers = { list: listCupsPrinters, print: printWithCups };
export const windowsPrinters: Printers = { list: listWindowsPrinters, print: printWithWindows };

/** The route for this operating system (Linux, UOS and 麒麟 print through CUPS, as macOS does). */
export function systemPrinters(platform: NodeJS.Platform = process.platform): Printers {
  return platform === 'win32' ? windowsPrinters : cupsPrinters;
}
