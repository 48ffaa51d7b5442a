import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chinaDay } from '../../../shared/time';
import { excel } from '../excel';
import { nthResidentId, walkIn } from '../../testing/people';
import { refusal } from '../../testing/refusal';
import { startTestHost, type TestApi, type TestHost } from '../../testing/testHost';
import { SAME_LOOK_MS, ViewLog, type Sight } from './viewLog';

let host: TestHost;
let clerk: TestApi;
let supervisor: TestApi;
let clerkId: number;
let visitorId: number;
let matterId: number;
let matterCode: string;

const userId = async (username: string) => (await host.services.db.selectFrom('user').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;

beforeAll(async () => {
  host = await startTestHost();
  clerk = await host.newUser('viewclerk', 'clerk', null);
  supervisor = await host.newUser('viewboss', 'supervisor', null);
  clerkId = await userId('viewclerk');
  const visit = await clerk.visits.register.mutate(walkIn({ name: '查阅甲', idNumber: nthResidentId(7001, 1979), phone: '13912345678' }));
  matterId = visit.matters[0]!.id;
  matterCode = visit.matters[0]!.code;
  visitorId = (await host.services.db.selectFrom('matter').select('visitor_id').where('id', '=', matterId).executeTakeFirstOrThrow()).visitor_id;
});
afterAll(() => host.stop());

describe('查阅记录', () => {
  it('records who opened a person’s records, from which counter and address; a screen refetching is one look', async () => {
    await clerk.matters.get.query({ id: matterId });
    // The matter page refetches at every live event: the same look, not a new one.
    await clerk.matters.get.query({ id: matterId });
    await clerk.visits.visitor.query({ id: visitorId });
    await clerk.visits.revealId.mutate({ visitorId, purpose: '核对身份证' });
    await clerk.visits.revealId.mutate({ visitorId, purpose: '再次核对' });

    const { whose, rows, more } = await supervisor.views.ofVisitor.query({ visitorId });
    expect(whose).toMatchObject({ id: visitorId, name: '查阅甲', maskedId: expect.stringContaining('*') });
    expect(more).toBe(false);
    expect(rows.map((r) => [r.what, r.label])).toEqual([
      ['id_number', '再次核对'],
      ['id_number', '核对身份证'],
      ['visitor', ''],
      ['matter', matterCode],
    ]);
    expect(rows[0]).toMatchObject({ userName: 'viewclerk', userRole: '受理员', counterName: expect.any(String), clientAddress: expect.stringMatching(/127\.0\.0\.1/), visitorName: '查阅甲' });
  });

  it('records the same record opened again once the screen has been left long enough', async () => {
    const before = (await supervisor.views.ofVisitor.query({ visitorId })).rows.length;
    host.clock.advance(SAME_LOOK_MS);
    await clerk.matters.get.query({ id: matterId });
    const after = await supervisor.views.ofVisitor.query({ visitorId });
    expect(after.rows).toHaveLength(before + 1);
    expect(after.rows[0]).toMatchObject({ what: 'matter', label: matterCode });
  });

  it('answers what one user opened over a stretch of days, and nothing outside it', async () => {
    const today = chinaDay(host.clock.now());
    const { whose, rows } = await supervisor.views.ofUser.query({ userId: clerkId, from: today, to: today });
    expect(whose).toMatchObject({ name: 'viewclerk', role: '受理员' });
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.every((r) => r.userName === 'viewclerk')).toBe(true);
    expect((await supervisor.views.ofUser.query({ userId: clerkId, from: '2025-01-01', to: '2025-01-31' })).rows).toEqual([]);
  });

  it('refuses a range that runs backwards or over a year, and a user or visitor that does not exist, in Chinese', async () => {
    expect(await refusal(supervisor.views.ofUser.query({ userId: clerkId, from: '2026-11-20', to: '2026-11-01' }))).toMatchObject({ status: 400, message: expect.stringContaining('起始日期不能晚于截止日期') });
    expect(await refusal(supervisor.views.ofUser.query({ userId: clerkId, from: '2024-01-01', to: '2026-01-01' }))).toMatchObject({ status: 400, message: expect.stringContaining('一次最多查询 366 天') });
    expect(await refusal(supervisor.views.ofUser.query({ userId: clerkId, from: '2026-02-30', to: '2026-03-01' }))).toMatchObject({ status: 400, message: expect.stringContaining('不存在') });
    expect(await refusal(supervisor.views.ofUser.query({ userId: 99999, from: '2026-11-01', to: '2026-11-02' }))).toMatchObject({ status: 404, message: expect.stringContaining('找不到该工作人员') });
    expect(await refusal(supervisor.views.ofVisitor.query({ visitorId: 99999 }))).toMatchObject({ status: 404, message: expect.stringContaining('找不到该来访人') });
  });

  it('exports the answer as a workbook that names its maker and time, and audits the export with the file’s hash', async () => {
    const { fileName, base64 } = await supervisor.views.export.mutate({ by: 'visitor', visitorId });
    expect(fileName).toBe('南大里乡综治中心查阅记录：来访人查阅甲.xlsx');
    const wb = new (await excel()).Workbook();
    await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('查阅记录')!;
    expect(String(ws.getCell(1, 1).value)).toContain('查阅甲');
    expect(String(ws.getCell(2, 1).value)).toMatch(/^导出人：viewboss\u3000导出时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(ws.getRow(3).values).toContain('查阅内容');
    const cells = [...Array(ws.rowCount - 3).keys()].flatMap((i) => ws.getRow(i + 4).values as unknown[]);
    expect(cells).toContain('查看完整身份证号');
    expect(cells).toContain(matterCode);
    const audit = await host.services.db.selectFrom('audit_log').selectAll().where('action', '=', 'export.file').where('entity', '=', 'views').executeTakeFirstOrThrow();
    const { createHash } = await import('node:crypto');
    expect(JSON.parse(audit.detail)).toMatchObject({ sha256: createHash('sha256').update(Buffer.from(base64, 'base64')).digest('hex') });
  });

  it('seals the export with the password typed: it opens with it and with nothing else; a short password is refused', async () => {
    const { base64 } = await supervisor.views.export.mutate({ by: 'visitor', visitorId, password: '南大里2026查阅' });
    const sealed = Buffer.from(base64, 'base64');
    const wb = new (await excel()).Workbook();
    await expect(wb.xlsx.load(sealed as unknown as ArrayBuffer)).rejects.toThrow();
    const officeCrypto = (await import('officecrypto-tool')).default;
    expect(officeCrypto.isEncrypted(sealed)).toBe(true);
    await expect(officeCrypto.decrypt(sealed, { password: '南大里2026' })).rejects.toThrow();
    await wb.xlsx.load((await officeCrypto.decrypt(sealed, { password: '南大里2026查阅' })) as unknown as ArrayBuffer);
    expect(String(wb.getWorksheet('查阅记录')!.getCell(1, 1).value)).toContain('查阅甲');
    const audit = await host.services.db.selectFrom('audit_log').select('detail').where('action', '=', 'export.file').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail)).toMatchObject({ sealed: true });
    expect(await refusal(supervisor.views.export.mutate({ by: 'visitor', visitorId, password: '1234567' }))).toMatchObject({ status: 400, message: expect.stringContaining('导出密码至少 8 位') });
  });

  it('records a paper opened as PDF under its number, tied to its matter’s visitor', async () => {
    const { documentId } = await clerk.documents.issue.mutate({ kind: 'receipt', matterId, layout: 'a5', route: 'window' });
    const pdf = await clerk.documents.pdf.query({ documentId });
    expect(pdf).not.toHaveProperty('visitorId');
    const { rows } = await supervisor.views.ofVisitor.query({ visitorId });
    expect(rows[0]).toMatchObject({ what: 'paper', label: pdf.number, visitorId, userName: 'viewclerk' });
  });

  it('is closed to the clerk and the station: they are the ones it watches', async () => {
    expect(await refusal(clerk.views.ofVisitor.query({ visitorId }))).toMatchObject({ status: 403 });
  });
});

describe('the 查阅记录 writer', () => {
  const sight: Sight = { what: 'id_number', recordId: 1, visitorId: null, label: '批量' };
  const written = async (address: string) => (await host.services.db.selectFrom('view_log').select('id').where('client_address', '=', address).execute()).length;

  it('writes the looks half a second after the first, in one batch, and at once when asked who looked', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const log = new ViewLog(host.services.db, host.clock);
      for (let i = 0; i < 3; i++) log.record({ userId: clerkId, counterId: null, clientAddress: 'batch' }, sight);
      await vi.advanceTimersByTimeAsync(499);
      expect(await written('batch')).toBe(0);
      await vi.advanceTimersByTimeAsync(1);
      await log.flush();
      expect(await written('batch')).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('tries a batch that failed once more with the next, then gives up only what failed twice and says so', async () => {
    const lost: number[] = [];
    const log = new ViewLog(host.services.db, host.clock, (looks) => lost.push(looks));
    // A user who does not exist: the row breaks its foreign key, as a broken row would.
    log.record({ userId: 987654, counterId: null, clientAddress: 'broken' }, sight);
    await log.flush();
    expect(lost).toEqual([]);
    log.record({ userId: clerkId, counterId: null, clientAddress: 'fine' }, sight);
    await log.flush();
    expect(lost).toEqual([1]);
    await log.flush();
    expect(await written('fine')).toBe(1);
    expect(await written('broken')).toBe(0);
  });

  it('lets looks older than their period go in the host’s daily work, once a day, and audits it', async () => {
    const log = new ViewLog(host.services.db, host.clock);
    log.record({ userId: clerkId, counterId: null, clientAddress: 'aged' }, sight);
    await log.flush();
    // 37 months on, past the 36 the centre keeps by default.
    host.clock.advance(37 * 31 * 24 * 60 * 60 * 1000);
    log.record({ userId: clerkId, counterId: null, clientAddress: 'recent' }, sight);
    await log.flush();
    await host.runDueWork();
    expect(await written('aged')).toBe(0);
    expect(await written('recent')).toBe(1);
    const audit = await host.services.db.selectFrom('audit_log').select('detail').where('action', '=', 'views.age_out').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.detail).looks).toBeGreaterThan(0);
    // Once a day: a second run the same day finds nothing to do, and writes nothing.
    await host.runDueWork();
    expect(await host.services.db.selectFrom('audit_log').select('id').where('action', '=', 'views.age_out').execute()).toHaveLength(1);
  });
});
