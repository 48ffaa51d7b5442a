import { createTRPCClient, httpLink } from '@trpc/client';
import { performance } from 'node:perf_hooks';
import type { AppRouter } from '../main/api/router';
import { closeDatabase, openDatabase } from '../main/db/connection';
import { dataDirPaths } from '../main/db/dataDir';
import { migrateToLatest } from '../main/db/migrate';
import { limitDeadline } from '../main/domain/deadline';
import { workCalendar } from '../main/domain/workdays';
import { chinaDay } from '../shared/time';
import { BENCH_ADMIN } from './generate';
import { percentile, Random } from './random';
import { time, type Timing } from './timing';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Puts the referral loop on the generated history: the newest `open` matters are referred to the
 * stations (received, suspended, some late), everything older is archived. Done once per database.
 */
export async function prepareOpenMatters(dataDir: string, open: number, seed: number, today: Date): Promise<void> {
  const paths = dataDirPaths(dataDir);
  const db = openDatabase(paths.database, paths.dir);
  try {
    await migrateToLatest(db, paths.backups, today);
    const done = db.sqlite.prepare("select value from setting where key = 'bench.open_matters'").get() as { value: string } | undefined;
    if (done?.value === String(open)) return;
    const r = new Random(seed);
    const stations = (db.sqlite.prepare('select id from station').all() as { id: number }[]).map((s) => s.id);
    const { maxId } = db.sqlite.prepare('select max(id) as maxId from matter').get() as { maxId: number };
    const firstOpen = maxId - open + 1;
    const todayDay = chinaDay(today);
    const calendar = workCalendar([]);
    const insertReferral = db.sqlite.prepare(`insert into referral (matter_id, station_id, helper_station_ids, referred_by, referred_at, referred_day, clock_from, basis, limit_days,
      extension_days, suspended_days, suspended_since, deadline, received_at, result_text) values (?, ?, '[]', 1, ?, ?, ?, 'calendar', 30, 0, 0, ?, ?, ?, '')`);
    const setOpen = db.sqlite.prepare('update matter set status = ?, station_id = ?, referral_id = ?, deadline = ?, running_deadline = ? where id = ?');
    db.sqlite.transaction(() => {
      db.sqlite.prepare("update matter set status = 'archived' where id < ? and status != 'declined'").run(firstOpen);
      for (let id = firstOpen; id <= maxId; id++) {
        // Referred within the last 45 days: about a third are past their 30-day limit.
        const referredDay = chinaDay(new Date(today.getTime() - r.int(0, 45) * DAY_MS));
        const status = r.pick(['referred', 'in_progress', 'in_progress', 'in_progress', 'suspended'] as const);
        const deadline = limitDeadline(calendar, { acceptedDay: referredDay, basis: 'calendar', limitDays: 30, extensionDays: 0, suspendedDays: 0 }).day;
        const stationId = r.pick(stations);
        const referral = insertReferral.run(id, stationId, `${referredDay}T02:00:00.000Z`, referredDay, referredDay, status === 'suspended' ? todayDay : null, deadline, status === 'referred' ? null : `${referredDay}T03:00:00.000Z`);
        setOpen.run(status, stationId, referral.lastInsertRowid, deadline, status === 'suspended' ? null : deadline, id);
      }
      db.sqlite.prepare("insert into setting (key, value) values ('bench.open_matters', ?) on conflict (key) do update set value = excluded.value").run(String(open));
    })();
    db.sqlite.exec('analyze');
  } finally {
    await closeDatabase(db);
  }
}

/** Queues, the 督单 view and the delay of a live update, through a running host. */
export async function measureFlow(url: string, samples: number): Promise<Timing[]> {
  const login = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${url}/api` })] });
  const { token } = await login.auth.login.mutate({ ...BENCH_ADMIN, counterId: 1, bearer: true });
  const api = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${url}/api`, headers: { Authorization: `Bearer ${token}` } })] });
  const stations = await api.reference.stations.query();
  const r = new Random(7);
  const results = [
    await time('单位待办 · 待接收（一个单位）', Array.from({ length: samples }, () => () => api.flow.queue.query({ tab: 'incoming', stationId: r.pick(stations).id }))),
    await time('单位待办 · 办理中（一个单位）', Array.from({ length: samples }, () => () => api.flow.queue.query({ tab: 'handling', stationId: r.pick(stations).id }))),
    await time('督单 · 已超期（全部单位）', Array.from({ length: samples }, () => () => api.flow.queue.query({ tab: 'overdue', stationId: null }))),
    await time('督单 · 即将到期（全部单位）', Array.from({ length: samples }, () => () => api.flow.queue.query({ tab: 'due_soon', stationId: null }))),
    await time('督单 · 计数（首页）', Array.from({ length: samples }, () => () => api.flow.counts.query())),
  ];
  results.push(await liveDelay(url, token!, api, Math.min(samples, 100)));
  return results;
}

/** From sending a step to its event arriving on another window's event stream (loopback). */
async function liveDelay(url: string, token: string, api: ReturnType<typeof createTRPCClient<AppRouter>>, samples: number): Promise<Timing> {
  const controller = new AbortController();
  const res = await fetch(`${url}/api/live.events`, { headers: { Authorization: `Bearer ${token}` }, signal: controller.signal });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const nextEvent = async (matterId: number) => {
    for (;;) {
      const i = buffer.indexOf(`"matterId":${matterId}`);
      if (i >= 0) {
        buffer = buffer.slice(i + 1);
        return;
      }
      buffer += decoder.decode((await reader.read()).value);
    }
  };
  const open = await api.flow.queue.query({ tab: 'handling', stationId: null });
  const ms: number[] = [];
  for (let i = 0; i < samples; i++) {
    const m = open[i % open.length]!;
    const { version } = await api.matters.get.query({ id: m.id });
    const t0 = performance.now();
    const arrived = nextEvent(m.id);
    await api.flow.act.mutate({ matterId: m.id, version, action: 'remind', note: '基准测试督办' });
    await arrived;
    ms.push(performance.now() - t0);
  }
  controller.abort();
  ms.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return { what: '实时推送 · 督办到另一窗口收到事件', n: samples, p50: round(percentile(ms, 50)), p95: round(percentile(ms, 95)), p99: round(percentile(ms, 99)) };
}
