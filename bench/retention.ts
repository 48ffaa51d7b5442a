import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { closeDatabase, openDatabase } from '../main/db/connection';
import { dataDirPaths } from '../main/db/dataDir';
import { migrateToLatest } from '../main/db/migrate';
import { AdjustableClock } from '../main/domain/clock';
import { serviceContext } from '../main/services/context';
import { duePeople } from '../main/services/retention/due';
import { purgeDue } from '../main/services/retention/purge';
import { getRetention, saveRetention } from '../main/services/retention/retentionSettings';

/**
 * `npm run bench:retention -- [--data-dir …]`: on a copy of the 1 M-visitor database (the bench's own
 * file is not touched), with every period at its floor so that many people are due: how long the due
 * list takes, and how long one 清理 of a full list (500 people) holds the database.
 */
const { values } = parseArgs({ options: { 'data-dir': { type: 'string', default: 'bench/data/v1000000-s20261127-g2' } } });
const dir = mkdtempSync(join(tmpdir(), 'desk-retention-'));
try {
  copyFileSync(dataDirPaths(resolve(values['data-dir'])).database, join(dir, 'desk.sqlite'));
  const open = openDatabase(join(dir, 'desk.sqlite'), dir);
  await migrateToLatest(open, join(dir, 'backups'), new Date());
  const ctx = serviceContext(open.db, join(dir, 'documents'), new AdjustableClock());
  const admin = { userId: 1 };
  await saveRetention(ctx, admin, { years: { desk: 3, mediation: 3, petition: 10 }, viewLogMonths: 6 });
  const periods = await getRetention(ctx);
  const lists: number[] = [];
  let due = await duePeople(open.db, periods, ctx.clock.now());
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    due = await duePeople(open.db, periods, ctx.clock.now());
    lists.push(performance.now() - t0);
  }
  const t0 = performance.now();
  const done = await purgeDue(ctx, admin, due.people.map((p) => p.visitorId));
  const purge = performance.now() - t0;
  console.log(`到期名单（${due.people.length} 人${due.more ? '，还有更多' : ''}）：${lists.map((ms) => ms.toFixed(0)).join(' / ')} ms`);
  console.log(`清理 ${done.visitors} 人、${done.matters} 件事项：${purge.toFixed(0)} ms（一个事务）`);
  await ctx.pdf.close();
  await closeDatabase(open);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
