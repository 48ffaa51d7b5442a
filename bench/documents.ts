import { chromium } from '@playwright/test';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { PdfRenderer } from '../main/print/pdfRenderer';
import { readPdf } from '../main/print/pdfText';
import { nthResidentId, walkIn } from '../main/testing/people';
import { sampleMediation, sampleReceipt } from '../main/testing/samplePapers';
import { startTestHost, TEST_ADMIN } from '../main/testing/testHost';
import { agreementHtml } from './agreementHtml';
import { time } from './timing';

/**
 * `npm run bench:documents -- [--runs 100]`: the same 3-party, 2-page 人民调解协议书 laid out by
 * react-pdf in the host's worker and by Chromium's page.pdf() (Electron's printToPDF), side by side.
 */
const { values } = parseArgs({ options: { runs: { type: 'string', default: '100' } } });
const runs = Number(values.runs);
const kb = (b: Buffer) => `${(b.length / 1024).toFixed(1)} KB`;

// react-pdf, as the host runs it: a worker started on the first document.
const renderer = new PdfRenderer();
const t0 = performance.now();
const firstReceipt = await renderer.render({ kind: 'receipt', layout: 'roll80', data: sampleReceipt() });
const first = performance.now() - t0;
// Every run differs a little (its number, the visitor), as real papers do: nothing is served from a cache.
const nth = (i: number) => String(i).padStart(4, '0');
const receiptJob = (i: number) => renderer.render({ kind: 'receipt', layout: 'roll80', data: { ...sampleReceipt(), matterCode: `SX20261127-${nth(i)}`, visitorName: `张三${i}` } });
const receipt = await time(
  'react-pdf 受理回执（80 mm），第 21–120 份',
  Array.from({ length: runs }, (_, i) => () => receiptJob(i)),
);
// V8 keeps optimising the layout's hot paths for the first couple of hundred papers: a host that has
// served a morning's hall lays a receipt out in what this second figure says (issue 16).
for (let i = 0; i < 200; i++) await receiptJob(runs + i);
const steadyReceipt = await time(
  'react-pdf 受理回执（80 mm），300 份之后',
  Array.from({ length: runs }, (_, i) => () => receiptJob(runs + 200 + i)),
);
const agreementPdf = await renderer.render({ kind: 'mediation_agreement', data: sampleMediation() });
const agreement = await time(
  'react-pdf 人民调解协议书（3 方，2 页）',
  Array.from({ length: runs }, (_, i) => () => renderer.render({ kind: 'mediation_agreement', data: sampleMediation({ number: `（2026）南大里调字第 ${i} 号`, mediator: `张调解${i}` }) })),
);
await renderer.close();

// Chromium on the same text and fonts.
const c0 = performance.now();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await browser.newPage();
const chromiumPdf = async (i: number) => {
  await page.setContent(agreementHtml(sampleMediation({ number: `（2026）南大里调字第 ${i} 号`, mediator: `张调解${i}` })), { waitUntil: 'load' });
  return page.pdf({ format: 'A4', preferCSSPageSize: true });
};
const chromiumFirstPdf = await chromiumPdf(0);
const chromiumFirst = performance.now() - c0;
const chromiumAgreement = await time(
  'Chromium page.pdf() 人民调解协议书（同一内容）',
  Array.from({ length: runs }, (_, i) => () => chromiumPdf(i)),
);
await browser.close();

// Through a real host and its API: number, save, render, keep the file, record the print.
const host = await startTestHost();
const { api } = await host.signIn(TEST_ADMIN.username, TEST_ADMIN.password, 1);
const matters: number[] = [];
for (let i = 0; i <= runs + 20; i++) matters.push((await api.visits.register.mutate(walkIn({ name: `来访人${i}`, idNumber: nthResidentId(i) }))).matters[0]!.id);
const h0 = performance.now();
await api.documents.issue.mutate({ kind: 'receipt', matterId: matters[0]!, layout: 'roll80' });
const hostFirst = performance.now() - h0;
// A matter holds one receipt: each call, the 20 untimed ones included, takes the next matter.
let nextMatter = 1;
const hostReceipt = await time(
  '主机 API 出具受理回执（编号、存档、渲染、记录）',
  Array.from({ length: runs }, () => () => api.documents.issue.mutate({ kind: 'receipt', matterId: matters[nextMatter++]!, layout: 'roll80' })),
);
await host.stop();

console.log(`\n主机启动后的首份回执（经 API）：${hostFirst.toFixed(0)} ms`);
console.log(`\n首份文书（启动渲染线程 + 载入字体）：react-pdf ${first.toFixed(0)} ms；Chromium（启动浏览器 + 首份协议书）${chromiumFirst.toFixed(0)} ms\n`);
console.log('| 渲染 | 次数 | p50 (ms) | p95 (ms) | p99 (ms) | 页数 | 文件大小 |\n|---|---|---|---|---|---|---|');
console.log(`| ${hostReceipt.what} | ${hostReceipt.n} | ${hostReceipt.p50} | ${hostReceipt.p95} | ${hostReceipt.p99} | 1 | — |`);
const rows: [typeof receipt, Buffer][] = [
  [receipt, firstReceipt],
  [steadyReceipt, firstReceipt],
  [agreement, agreementPdf],
  [chromiumAgreement, Buffer.from(chromiumFirstPdf)],
];
for (const [t, pdf] of rows) console.log(`| ${t.what} | ${t.n} | ${t.p50} | ${t.p95} | ${t.p99} | ${readPdf(pdf).pages} | ${kb(pdf)} |`);
