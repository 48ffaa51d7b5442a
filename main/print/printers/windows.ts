import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { PRINTER_MSG } from '../../../shared/text/messages';
import { PrinterError, type PrintOptions } from './cups';

const run = promisify(execFile);

/** PowerShell text in single quotes: a quote inside is doubled. */
export const psQuote = (s: string) => `'${s.replace(/'/g, "''")}'`;

const POWERSHELL = ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command'];
const UTF8 = '[Console]::OutputEncoding = [Text.Encoding]::UTF8; ';

/** The PowerShell that hands a PDF to the printer through the PDF reader's PrintTo verb, once per copy. */
export function windowsPrintScript(file: string, o: PrintOptions): string {
  const copies = Math.max(1, Math.min(o.copies, 20));
  return `${UTF8}1..${copies} | ForEach-Object { Start-Process -FilePath ${psQuote(file)} -Verb PrintTo -ArgumentList ${psQuote(`"${o.printer}"`)} -WindowStyle Hidden -Wait }`;
}

/** The printers Windows knows (Get-Printer), in its own names. */
export async function listWindowsPrinters(): Promise<string[]> {
  try {
    const { stdout } = await run('powershell.exe', [...POWERSHELL, `${UTF8}Get-Printer | Select-Object -ExpandProperty Name`], { timeout: 10000 });
    return stdout.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  } catch {
    return [];
  }
}

/**
 * The headless host on Windows. Inside the desktop shell the host prints through Electron
 * instead, which needs no PDF reader on the PC.
 */
export async function printWithWindows(file: string, o: PrintOptions): Promise<string> {
  if (!(await listWindowsPrinters()).includes(o.printer)) throw new PrinterError(PRINTER_MSG.windowsNoPrinter(o.printer));
  try {
    await run('powershell.exe', [...POWERSHELL, windowsPrintScript(file, o)], { timeout: 60000 });
    return '';
  } catch (err) {
    throw new PrinterError(PRINTER_MSG.failed(o.printer, (err as { stderr?: string }).stderr?.trim() || (err as Error).message));
  }
}
