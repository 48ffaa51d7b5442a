import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { PRINTER_MSG } from '../../../shared/text/messages';

const run = promisify(execFile);

export interface PrintOptions {
  printer: string;
  copies: number;
  /** CUPS media name (A4, A5); null keeps the PDF's own page size, as a roll printer needs. */
  media: string | null;
  title: string;
}

/** A failure the clerk is told about in Chinese; the document itself is already saved. */
export class PrinterError extends Error {}

/** The queues CUPS knows on this machine (Linux, UOS, 麒麟). */
export async function listCupsPrinters(): Promise<string[]> {
  try {
    const { stdout } = await run('lpstat', ['-e'], { timeout: 5000 });
    return stdout.split('\n').map((l) => l.trim()).filter(Boolean);
  } catch {
    return [];
  }
}

/** Whether the queue accepts and prints jobs now: `lpstat -p` says "disabled" for a stopped queue. */
async function checkQueue(printer: string): Promise<void> {
  let stdout: string;
  try {
    ({ stdout } = await run('lpstat', ['-p', printer], { timeout: 5000 }));
  } catch {
    throw new PrinterError(PRINTER_MSG.unknown(printer));
  }
  if (/disabled/i.test(stdout)) throw new PrinterError(PRINTER_MSG.disabled(printer));
}

/** Sends a PDF to a CUPS queue with `lp`; returns the job id, e.g. `DeskPDF-12`. */
export async function printWithCups(file: string, o: PrintOptions): Promise<string> {
  await checkQueue(o.printer);
  try {
    const media = o.media ? ['-o', `media=${o.media}`] : [];
    const { stdout } = await run('lp', ['-d', o.printer, '-n', String(Math.max(1, Math.min(o.copies, 20))), ...media, '-t', o.title, file], { timeout: 15000 });
    return /request id is (\S+)/.exec(stdout)?.[1] ?? '';
  } catch (err) {
    const why = (err as { stderr?: string }).stderr?.trim() || (err as Error).message;
    throw new PrinterError(PRINTER_MSG.failed(o.printer, why));
  }
}
