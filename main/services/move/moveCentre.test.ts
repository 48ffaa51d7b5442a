import { cpSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost } from '../../host';
import { runDesk } from '../../testing/deskProcess';
import { nthResidentId, walkIn } from '../../testing/people';
import { freshTestDatabase, ON_POSTGRES, testPostgresUrl } from '../../testing/testDatabase';
import { NEW_USER_PASSWORD, startTestHost, tempDir, type TestApi, type TestHost } from '../../testing/testHost';
import { verifyAuditChain } from '../audit';
import type { Database } from '../../db/schema';
import { parseCentreArea } from '../../domain/centreArea';

type Row = Record<string, unknown>;

/** Every row of every table, each table's rows in a fixed order, values in one spelling on both engines. */
async function everyRow(db: Kysely<Database>, tables: string[]): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of tables) {
    const rows = (await sql<Row>`select * from ${sql.table(table)}`.execute(db)).rows;
    out[table] = rows.map((r) => JSON.stringify(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, Buffer.isBuffer(v) ? v.toString('base64') : v]))).sort();
  }
  return out;
}

// A move ends in a county database: it needs the PostgreSQL server of CI's second pass.
describe.runIf(ON_POSTGRES)('moving a township centre into the county database (PostgreSQL only: the county side is a server)', () => {
  let township: TestHost;
  let clerk: TestApi;
  let before: Record<string, string[]>;
  let tables: string[];
  let receiptPdf: string;
  let receiptId: number;
  let drop: () => Promise<void>;
  let county: TestHost | null = null;
  const exportDir = tempDir();
  const countyDir = tempDir();

  beforeAll(async () => {
    township = await startTestHost({ ownFile: true });
    clerk = await township.newUser('clerk_t', 'clerk', null);
    const supervisor = await township.newUser('boss_t', 'supervisor', null);
    // The same man twice, the later record kept: the earlier row refers forward to a later one.
    const noId = walkIn({ name: '迁移甲' });
    noId.persons[0] = { ...noId.persons[0]!, idType: 'none', idNumber: '', noIdReason: '未带身份证' };
    const first = await clerk.visits.register.mutate(noId);
    const second = await clerk.visits.register.mutate(walkIn({ name: '迁移甲', idNumber: nthResidentId(901) }));
    await clerk.visits.register.mutate(walkIn({ name: '迁移乙', idNumber: nthResidentId(902) }));
    const visitorOf = async (matterId: number) => (await township.services.db.selectFrom('matter').select('visitor_id').where('id', '=', matterId).executeTakeFirstOrThrow()).visitor_id;
    const [earlier, later] = [await visitorOf(first.matters[0]!.id), await visitorOf(second.matters[0]!.id)];
    await supervisor.merges.merge.mutate({ keptId: later, mergedId: earlier, reason: '同一人，前次未带身份证' });
    const receipt = await clerk.documents.issue.mutate({ kind: 'receipt', matterId: second.matters[0]!.id, layout: 'a5', route: 'window' });
    receiptPdf = receipt.pdfBase64;
    receiptId = receipt.documentId;
    await township.stopServing();
  });
  afterAll(async () => {
    await county?.stop();
    await drop?.();
    await township.stop();
  });

  it('export: the township PC hands over its whole record and stops serving it', async () => {
    const done = runDesk(['export', '--data-dir', township.dataDir, '--out', exportDir]);
    expect(done.stderr).toBe('');
    expect(done.stdout).toContain('已迁出到');
    await expect(startHost({ dataDir: township.dataDir, port: 0, bind: '127.0.0.1', rendererDir: null })).rejects.toThrow(/迁出.*本机不再登记/);
  });

  it('import refuses an export changed since it was written, and leaves nothing of the centre behind', async () => {
    const made = await freshTestDatabase(testPostgresUrl()!);
    try {
      const from = join(exportDir, readdirSync(exportDir)[0]!);
      const tampered = join(tempDir(), 'export');
      cpSync(from, tampered, { recursive: true });
      const paper = readdirSync(join(tampered, 'documents'), { recursive: true, withFileTypes: true }).find((e) => e.isFile())!;
      writeFileSync(join(paper.parentPath, paper.name), 'not the receipt');
      const papers = join(tempDir(), 'papers');
      const done = runDesk(['import', '--from', tampered, '--database', made.url, '--area', '140828102', '--data-dir', tempDir(), '--papers', papers]);
      expect(done.code).toBe(1);
      expect(done.stderr).toContain('这份迁出数据未通过检查，没有导入任何内容');
      const client = new pg.Client({ connectionString: made.url });
      await client.connect();
      const left = await client.query("select 1 from pg_namespace where nspname = 'centre_140828102'");
      await client.end();
      expect(left.rowCount).toBe(0);
      expect(existsSync(join(papers, '140828102'))).toBe(false);
    } finally {
      await made.drop();
    }
  });

  it('import: the county database holds the same rows, numbers and chain, checked; a second import of the centre is refused', async () => {
    const made = await freshTestDatabase(testPostgresUrl()!);
    drop = made.drop;
    const [exported] = readdirSync(exportDir);
    const from = join(exportDir, exported!);
    const args = ['import', '--from', from, '--database', made.url, '--area', '140828101', '--data-dir', countyDir, '--papers', join(countyDir, 'papers')];
    const done = runDesk(args);
    expect(done.stderr).toBe('');
    expect(done.stdout).toMatch(/已导入 .*（140828101）.*文书和图片 1 个/);

    county = await startTestHost({ adopt: { dataDir: countyDir, database: { url: made.url, area: parseCentreArea('140828101') }, papers: join(countyDir, 'papers') } });
    // The township's rows, as its export has them.
    const source = readExport(from);
    tables = (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite%' and name not in ('schema_migration', 'session', 'login_attempt')`.execute(source)).rows.map((r) => r.name);
    before = await everyRow(source, tables);
    await source.destroy();
    const after = await everyRow(county.services.db, tables);
    // The county has what the import itself wrote besides: its audit entries and the data check's result.
    const written = (await county.services.db.selectFrom('audit_log').select('action').where('id', '>', before.audit_log!.length).orderBy('id').execute()).map((r) => r.action);
    expect(written).toEqual(['centre.imported', 'system.verify']);
    for (const table of tables) {
      if (table === 'setting') expect(after[table]!.filter((r) => !r.includes('"verify.last"'))).toEqual(before[table]!.filter((r) => !r.includes('"centre.moved"')));
      else if (table === 'audit_log') expect(after[table]!.filter((r) => before[table]!.includes(r))).toEqual(before[table]);
      else expect({ table, rows: after[table] }).toEqual({ table, rows: before[table] });
    }
    expect(await verifyAuditChain(county.services.db)).toBeNull();

    const again = runDesk(args);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('县级数据库中已有这个中心');
  });

  it('the county goes on where the township stopped: the same clerk, the next number, the same paper', async () => {
    const moved = (await county!.signIn('clerk_t', NEW_USER_PASSWORD, 1)).api;
    const next = await moved.visits.register.mutate(walkIn({ name: '迁移后来访', idNumber: nthResidentId(903) }));
    expect(next.visitNo.slice(-4)).toBe('0004');
    expect((await moved.documents.pdf.query({ documentId: receiptId })).pdfBase64).toBe(receiptPdf);
  });
});

/** The export's database, read as it is (read-only), through the same query builder. */
function readExport(from: string): Kysely<Database> {
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: new Sqlite(join(from, 'desk.sqlite'), { readonly: true }) }) });
}
