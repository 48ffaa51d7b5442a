import { describe, expect, it } from 'vitest';
import { systemPrinters, windowsPrinters, cupsPrinters } from './printers';
import { psQuote, windowsPrintScript } from './windows';

describe('the Windows print route', () => {
  it('quotes file and printer names so that a quote in them cannot end the PowerShell string', () => {
    expect(psQuote("O'Brien")).toBe("'O''Brien'");
    const script = windowsPrintScript("C:\\数据\\it's.pdf", { printer: "前台 HP'1", copies: 3, media: 'A4', title: 't' });
    expect(script).toContain("-FilePath 'C:\\数据\\it''s.pdf'");
    expect(script).toContain(`-ArgumentList '"前台 HP''1"'`);
    expect(script).toMatch(/^\[Console\]::OutputEncoding.*1\.\.3 \|/);
  });

  it('prints at most 20 copies and at least one', () => {
    expect(windowsPrintScript('a.pdf', { printer: 'p', copies: 500, media: null, title: 't' })).toContain('1..20 |');
    expect(windowsPrintScript('a.pdf', { printer: 'p', copies: 0, media: null, title: 't' })).toContain('1..1 |');
  });

  it('chooses the route by operating system', () => {
    expect(systemPrinters('win32')).toBe(windowsPrinters);
    expect(systemPrinters('linux')).toBe(cupsPrinters);
    expect(systemPrinters('darwin')).toBe(cupsPrinters);
  });
});
