import { execFileSync, execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** A real CUPS queue that prints into PDF files (cups-pdf), as `.ci/run` installs it. */
export const TEST_QUEUE = 'DeskTestPDF';
const OUT = join(homedir(), 'PDF');

/** `lpstat -r` exits 0 either way; only its words tell. */
const schedulerRuns = () => execFileSync('lpstat', ['-r'], { encoding: 'utf8' }).includes('scheduler is running');

/** Starts cupsd when it is not running and adds the cups-pdf queue. */
export function ensureTestQueue(): void {
  if (!schedulerRuns()) {
    execSync('cupsd');
    for (let i = 0; i < 50 && !schedulerRuns(); i++) execSync('sleep 0.1');
  }
  execFileSync('lpadmin', ['-p', TEST_QUEUE, '-v', 'cups-pdf:/', '-E', '-P', '/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd'], { stdio: 'pipe' });
}

/** The PDF cups-pdf wrote for a job whose title starts so, once it is complete. */
export async function printedOutput(since: number, title: string): Promise<Buffer> {
  const prefix = title.replace(/[^A-Za-z0-9_-]/g, '_');
  for (let i = 0; i < 150; i++) {
    const found = existsSync(OUT) ? readdirSync(OUT).filter((f) => f.startsWith(prefix) && statSync(join(OUT, f)).mtimeMs >= since) : [];
    if (found[0]) {
      const bytes = readFileSync(join(OUT, found[0]));
      if (bytes.subarray(-8).toString().includes('%%EOF')) return bytes;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('cups-pdf wrote nothing');
}
