import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gridExportCsv, gridExportRow, gridExportXlsx } from '../../testing/gridExport';
import { refusal } from '../../testing/refusal';
import { startTestHost, type TestApi, type TestHost } from '../../testing/testHost';

let host: TestHost;
let clerk: TestApi;

beforeAll(async () => {
  host = await startTestHost();
  clerk = await host.newUser('imp_clerk', 'clerk', null);
});
afterAll(() => host.stop());

const file = (bytes: Buffer, fileName = '网格事件导出.xlsx') => ({ fileName, dataBase64: bytes.toString('base64') });
const pending = async () => (await clerk.grid.queue.query({ status: 'pending' })).filter((r) => r.source === 'import');

describe('importing the grid platform’s export', () => {
  it('previews row by row, then takes the good rows and refuses the rest with their reasons', async () => {
    const xlsx = await gridExportXlsx([
      gridExportRow(1),
      gridExportRow(2, { 事发地点: '' }),
      gridExportRow(3, { 上报时间: '11月20日' }),
      gridExportRow(4, { 风险等级: '紫' }),
      gridExportRow(5, { 上报时间: new Date(Date.UTC(2026, 10, 21)) }),
      gridExportRow(1, { 当事人: '重复行' }),
      gridExportRow(6, { 上报时间: '2026-12-01' }),
    ]);
    const preview = await clerk.grid.previewImport.mutate(file(xlsx));
    expect(preview).toMatchObject({ taken: 2, refused: 5 });
    const reasons = Object.fromEntries(preview.rows.map((r) => [r.rowNo, r.reasons.join('；')]));
    expect(reasons).toEqual({
      2: '',
      3: '请填写发现地点',
      4: '上报时间“11月20日”不是日期（应如 2026-11-20）',
      5: '风险等级“紫”不认识（应为红、橙、黄、蓝或留空）',
      6: '',
      7: '与第 2 行的事件编号重复',
      8: '上报时间 2026-12-01 晚于今天',
    });
    expect(await pending()).toHaveLength(0);

    const done = await clerk.grid.commitImport.mutate(file(xlsx));
    expect(done).toMatchObject({ taken: 2, refused: 5 });
    const taken = await pending();
    expect(taken.map((r) => [r.externalNo, r.foundOn, r.riskLevel, r.reporterName, r.partyPhoneMasked])).toEqual([
      ['SJ20261100001', '2026-11-20', 'yellow', '赵网格', '139****1111'],
      ['SJ20261100005', '2026-11-21', 'yellow', '赵网格', '139****1111'],
    ]);
    const kept = await host.services.db.selectFrom('grid_import').selectAll().where('id', '=', done.importId).executeTakeFirstOrThrow();
    expect(kept).toMatchObject({ rows_taken: 2, rows_refused: 5, file_name: '网格事件导出.xlsx' });
    expect(JSON.parse(kept.refusals)).toHaveLength(5);
  });

  it('refuses rows already taken by an earlier import, and takes only the new ones', async () => {
    const again = await gridExportXlsx([gridExportRow(1), gridExportRow(7)]);
    const done = await clerk.grid.commitImport.mutate(file(again));
    expect(done.rows.map((r) => r.reasons.join(''))).toEqual([expect.stringMatching(/^这条事件已导入过（WG\d{8}-\d{4}）$/), '']);
    expect(done.taken).toBe(1);
    expect((await refusal(clerk.grid.commitImport.mutate(file(again)))).message).toContain('没有可导入的行');
  });

  it('reads a CSV saved in GB18030 (Chinese Windows) as well as in UTF-8', async () => {
    const csv = gridExportCsv([gridExportRow(20, { 当事人: '周某' })]);
    const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: csv });
    expect(gbk.equals(Buffer.from(csv))).toBe(false);
    const preview = await clerk.grid.previewImport.mutate(file(gbk, '导出.csv'));
    expect(preview.rows).toEqual([{ rowNo: 2, externalNo: 'SJ20261100020', partyName: '周某', place: '南大里村20组', reasons: [] }]);
    const utf8 = await clerk.grid.previewImport.mutate(file(Buffer.from('\uFEFF' + csv), '导出.csv'));
    expect(utf8.rows[0]!.partyName).toBe('周某');
  });

  it('refuses whole, and keeps nothing of, a file with wrong columns, an old .xls, something not a table', async () => {
    const before = (await pending()).length;
    const wrong = await gridExportXlsx([{ 事件编号: 'X1' }], ['事件编号', '姓名', '备注']);
    expect((await refusal(clerk.grid.commitImport.mutate(file(wrong)))).message).toContain('表格缺少必需的列：上报时间、所属网格、网格员、事发地点、当事人、事件描述');
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    expect((await refusal(clerk.grid.previewImport.mutate(file(xls, '旧.xls')))).message).toContain('旧版 Excel 97-2003');
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    expect((await refusal(clerk.grid.previewImport.mutate(file(png, '照片.png')))).message).toContain('这不是表格文件');
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]);
    expect((await refusal(clerk.grid.previewImport.mutate(file(broken)))).message).toContain('表格文件已损坏');
    expect((await refusal(clerk.grid.previewImport.mutate(file(await gridExportXlsx([]))))).message).toContain('表格中没有数据行');
    expect((await pending()).length).toBe(before);
  });
});
