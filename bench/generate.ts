import Sqlite from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { formatCode, MATTER_CODE_PREFIX, VISIT_NO_PREFIX } from '../shared/codes';
import { chinaDay } from '../shared/time';
import { dataDirPaths } from '../main/db/dataDir';
import { nameKeys } from '../main/domain/nameKeys';
import { initDataDir } from '../main/init';
import { chineseName, CONTENTS, mobile, residentIdNumber } from './people';
import { Random } from './random';

export interface GenerateOptions {
  dataDir: string;
  visitors: number;
  visits: number;
  seed: number;
  /** The last day of the five years of history. */
  until: Date;
}

export const BENCH_ADMIN = { username: 'admin', password: 'Bench12345' };
const DAY_MS = 24 * 60 * 60 * 1000;
const YEARS = 5;

/**
 * A centre with years of history: visitors with realistic names, ID numbers and phones, and their
 * visits and matters, written straight into a database made by `desk init` (same schema).
 */
export async function generate(o: GenerateOptions): Promise<void> {
  if (existsSync(dataDirPaths(o.dataDir).database)) throw new Error(`${o.dataDir} already has a database`);
  await initDataDir(o.dataDir, { centreName: '夏县综治中心（基准测试）', countyCode: '140828', admin: BENCH_ADMIN });
  const db = new Sqlite(dataDirPaths(o.dataDir).database);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF'); // generation only; the host runs with FULL
  const r = new Random(o.seed);
  const start = o.until.getTime() - YEARS * 365 * DAY_MS;
  const keys = new Map<string, { pinyin: string; initials: string }>();
  const nameKeysOf = (name: string) => keys.get(name) ?? keys.set(name, nameKeys(name)).get(name)!;

  // Visit times, sorted, so that numbers run in order within each day. Office hours, China time.
  const times = Array.from({ length: o.visits }, () => {
    const day = Math.floor((r.next() * (o.until.getTime() - start)) / DAY_MS);
    return start + day * DAY_MS + r.int(0, 8 * 60 - 1) * 60_000; // 08:00–16:00 +08:00 is 00:00–08:00 UTC
  }).sort((a, b) => a - b);
  // Every visitor comes at least once; the rest of the visits are people coming back. The whole
  // list is shuffled, so first visits and returns are spread over all five years (shuffling only the
  // first visits put every return in the last two years, and the statistics' repeat-visit joins
  // had nothing to join before them).
  const visitorOf = Array.from({ length: o.visits }, (_, i) => (i < o.visitors ? i + 1 : r.int(1, o.visitors)));
  for (let i = o.visits - 1; i > 0; i--) {
    const j = r.int(0, i);
    [visitorOf[i], visitorOf[j]] = [visitorOf[j]!, visitorOf[i]!];
  }

  const insertVisitor = db.prepare(`insert into visitor (id, name, name_pinyin, name_initials, id_type, id_number, sex, birth_date, ethnicity, phone,
    address_code, address_text, visit_count, last_visit_at, created_at, updated_at) values (?, ?, ?, ?, 'resident', ?, ?, ?, '汉族', ?, null, ?, 0, '', ?, ?)`);
  const insertVisit = db.prepare(`insert into visit (id, visit_no, counter_id, clerk_id, business_day, visited_at, channel, headcount, is_collective, is_proxy, idempotency_key, updated_at)
    values (?, ?, ?, 1, ?, ?, 'walk_in', ?, ?, 0, ?, ?)`);
  const insertLink = db.prepare('insert into visit_visitor (visit_id, visitor_id, position) values (?, ?, 0)');
  const insertMatter = db.prepare(`insert into matter (id, code, category_id, visitor_id, opened_visit_id, opened_counter_id, opened_day, content, status, visit_count, created_at, updated_at)
    values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`);
  const insertMatterVisit = db.prepare('insert into matter_visit (matter_id, visit_id, kind, note) values (?, ?, ?, ?)');
  const repeatMatter = db.prepare('update matter set visit_count = visit_count + 1 where id = ?');
  const touchVisitor = db.prepare('update visitor set visit_count = visit_count + 1, last_visit_at = ? where id = ?');
  const setSerial = db.prepare('insert into serial (kind, period, last) values (?, ?, ?) on conflict (kind, period) do update set last = excluded.last');
  const categories = (db.prepare('select id from category').all() as { id: number }[]).map((c) => c.id);

  const created = new Date(start).toISOString();
  db.transaction(() => {
    const seen = new Set<string>();
    for (let id = 1; id <= o.visitors; id++) {
      let person = residentIdNumber(r);
      while (seen.has(person.idNumber)) person = residentIdNumber(r);
      seen.add(person.idNumber);
      const name = chineseName(r);
      const k = nameKeysOf(name);
      insertVisitor.run(id, name, k.pinyin, k.initials, person.idNumber, person.sex, person.birthDate, mobile(r), `${r.int(1, 12)}组`, created, created);
    }
  })();

  const lastMatterOf = new Map<number, number>();
  let matterId = 0;
  let day = '';
  let visitSerial = 0;
  let matterSerial = 0;
  const flushSerials = () => {
    if (!day) return;
    setSerial.run('visit', day, visitSerial);
    setSerial.run('matter', day, matterSerial);
  };
  const batch = 50_000;
  for (let from = 0; from < o.visits; from += batch) {
    db.transaction(() => {
      for (let i = from; i < Math.min(o.visits, from + batch); i++) {
        const at = new Date(times[i]!);
        const iso = at.toISOString();
        const today = chinaDay(at);
        if (today !== day) {
          flushSerials();
          day = today;
          visitSerial = 0;
          matterSerial = 0;
        }
        const visitId = i + 1;
        const visitorId = visitorOf[i]!;
        const headcount = r.next() < 0.02 ? r.int(6, 30) : 1;
        const counterId = r.int(1, 2);
        insertVisit.run(visitId, formatCode(VISIT_NO_PREFIX, day, ++visitSerial), counterId, day, iso, headcount, headcount > 5 ? 1 : 0, `bench-${visitId}`, iso);
        insertLink.run(visitId, visitorId);
        touchVisitor.run(iso, visitorId);
        const earlier = lastMatterOf.get(visitorId);
        if (earlier !== undefined && r.next() < 0.3) {
          insertMatterVisit.run(earlier, visitId, 'repeat', '再次反映');
          repeatMatter.run(earlier);
          continue;
        }
        matterId++;
        const status = r.next() < 0.03 ? 'declined' : 'accepted';
        insertMatter.run(matterId, formatCode(MATTER_CODE_PREFIX, day, ++matterSerial), r.pick(categories), visitorId, visitId, counterId, day, r.pick(CONTENTS), status, iso, iso);
        insertMatterVisit.run(matterId, visitId, 'opened', '');
        if (status === 'accepted') lastMatterOf.set(visitorId, matterId);
      }
      if (from + batch >= o.visits) flushSerials();
    })();
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('analyze');
  db.close();
}
