import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../pdfText';
import { renderReceipt } from '../render';
import { listCupsPrinters, printWithCups } from './cups';

/** A real CUPS queue that prints into PDF files (cups-pdf), as `.ci/run` installs it. */
const QUEUE = 'DeskTestPDF';
const OUT = join(homedir(), 'PDF');

/** `lpstat -r` exits 0 either way; only its words tell. */
const schedulerRuns = () => execFileSync('lpstat', ['-r'], { encoding: 'utf8' }).includes('scheduler is running');

function ensureQueue() {
  if (!schedulerRuns()) {
    execSync('cupsd');
    for (let i = 0; i < 50 && !schedulerRuns(); i++) execSync('sleep 0.1');
  }
  execFileSync('lpadmin', ['-p', QUEUE, '-v', 'cups-pdf:/', '-E', '-P', '/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd'], { stdio: 'pipe' });
}

/** The PDF cups-pdf wrote for the job, once it is complete. */
async function waitForOutput(since: number, title: string): Promise<Buffer> {
  for (let i = 0; i < 150; i++) {
    const found = existsSync(OUT) ? readdirSync(OUT).filter((f) => f.startsWith(title) && statSync(join(OUT, f)).mtimeMs >= since) : [];
    if (found[0]) {
      const bytes = readFileSync(join(OUT, found[0]));
      if (bytes.subarray(-8).toString().includes('%%EOF')) return bytes;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('cups-pdf wrote nothing');
}

describe('printing through a real CUPS queue', () => {
  beforeAll(() => ensureQueue());

  it('lists the queue and prints a receipt that comes out whole', async () => {
    expect(await listCupsPrinters()).toContain(QUEUE);
    const pdf = await renderReceipt(
      { centreName: '南大里乡综治中心', followUpPhone: '', visitNo: 'DJ20261127-0009', matterCode: 'SX20261127-0009', visitedAt: '2026-11-27T02:30:00Z', visitorName: '张三', maskedId: '', categoryName: '邻里', content: '柴草堵路', stationName: null, timeLimit: '30日内', counterName: '1号窗口', clerkName: '王丽', reprint: false },
      'a5',
    );
    const file = join(mkdtempSync(join(tmpdir(), 'desk-print-')), 'receipt.pdf');
    writeFileSync(file, pdf);
    const since = Date.now() - 1000;
    const title = `desk-test-${since}`;
    const job = await printWithCups(file, { printer: QUEUE, copies: 1, media: 'A5', title });
    expect(job).toMatch(new RegExp(`^${QUEUE}-\\d+$`));
    // cups-pdf redistills the job with Ghostscript, which drops the text layer: check the paper itself.
    const printed = await waitForOutput(since, title);
    expect(readPdf(printed).pages).toBe(1);
    const dir = mkdtempSync(join(tmpdir(), 'desk-printed-'));
    writeFileSync(join(dir, 'out.pdf'), printed);
    expect(execFileSync('pdfinfo', [join(dir, 'out.pdf')], { encoding: 'utf8' })).toMatch(/Page size:.*\(A5\)/);
    // The page is not blank: the rendered paper has ink on it.
    const gray = execFileSync('pdftoppm', ['-gray', '-r', '30', '-singlefile', join(dir, 'out.pdf')]);
    const ink = [...gray.subarray(gray.length - 175 * 248)].filter((v) => v < 128).length;
    expect(ink).toBeGreaterThan(500);
  });

  it('says in Chinese that a printer does not exist, or is stopped', async () => {
    await expect(printWithCups('/dev/null', { printer: 'NoSuchPrinter', copies: 1, media: 'A4', title: 't' })).rejects.toThrow('找不到打印机“NoSuchPrinter”');
    execFileSync('cupsdisable', [QUEUE]);
    try {
      await expect(printWithCups('/dev/null', { printer: QUEUE, copies: 1, media: 'A4', title: 't' })).rejects.toThrow(/已停用或脱机/);
    } finally {
      execFileSync('cupsenable', [QUEUE]);
    }
  });
});
