import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../pdfText';
import { renderReceipt } from '../render';
import { sampleReceipt } from '../../testing/samplePapers';
import { ensureTestQueue, printedOutput, TEST_QUEUE as QUEUE } from '../../testing/cupsQueue';
import { listCupsPrinters, printWithCups } from './cups';

describe('printing through a real CUPS queue', () => {
  beforeAll(() => ensureTestQueue());

  it('lists the queue and prints a receipt that comes out whole', async () => {
    expect(await listCupsPrinters()).toContain(QUEUE);
    const pdf = await renderReceipt(sampleReceipt(), 'a5');
    const file = join(mkdtempSync(join(tmpdir(), 'desk-print-')), 'receipt.pdf');
    writeFileSync(file, pdf);
    const since = Date.now() - 1000;
    const title = `desk-test-${since}`;
    const job = await printWithCups(file, { printer: QUEUE, copies: 1, media: 'A5', title });
    expect(job).toMatch(new RegExp(`^${QUEUE}-\\d+$`));
    // cups-pdf redistills the job with Ghostscript, which drops the text layer: check the paper itself.
    const printed = await printedOutput(since, title);
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
