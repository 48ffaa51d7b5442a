import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '../main/api/router';
import { closeDatabase, openDatabase } from '../main/db/connection';
import { dataDirPaths } from '../main/db/dataDir';
import { chinaDay } from '../shared/time';
import { BENCH_ADMIN } from './generate';
import { Random } from './random';
import { time, type Timing } from './timing';

/**
 * The generated history predates day closing: it starts today, so registering in the bench is not
 * held up by five years of days nobody closed.
 */
export async function startDayClosingToday(dataDir: string, today: Date): Promise<void> {
  const paths = dataDirPaths(dataDir);
  const db = openDatabase(paths.database, paths.dir);
  try {
    db.sqlite.prepare("update setting set value = json_quote(?) where key = 'day_close.since'").run(chinaDay(today));
  } finally {
    await closeDatabase(db);
  }
}

/** A counter's 日结 view on random past days (computed live: none is closed), and the statistics tables. */
export async function measureDayAndStatistics(url: string, samples: number, seed: number): Promise<Timing[]> {
  const login = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${url}/api` })] });
  const { token } = await login.auth.login.mutate({ ...BENCH_ADMIN, counterId: 1, bearer: true });
  const api = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${url}/api`, headers: { Authorization: `Bearer ${token}` } })] });
  const r = new Random(seed);
  // Weekdays of the last five years (the generated history has office days only).
  const days: string[] = [];
  while (days.length < samples) {
    const day = chinaDay(new Date(Date.UTC(2022, 0, 1) + r.int(0, 4 * 365 + 300) * 86_400_000));
    if (![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay())) days.push(day);
  }
  const years = ['2022', '2023', '2024', '2025', '2026'];
  return [
    await time('日结 · 一个窗口一天（现算：数字、文书核对）', days.map((day, i) => () => api.dayClose.sheet.query({ counterId: (i % 2) + 1, day }))),
    await time('统计 · 月报（全部表格）', days.slice(0, 60).map((day) => () => api.statistics.table.query({ kind: 'month', day }))),
    await time('统计 · 年报（全部表格）', Array.from({ length: 40 }, (_, i) => () => api.statistics.table.query({ kind: 'year', day: `${years[i % years.length]}-06-30` }))),
    await time('统计 · 年报导出 Excel', Array.from({ length: 25 }, (_, i) => () => api.statistics.xlsx.mutate({ kind: 'year', day: `${years[i % years.length]}-06-30` }))),
  ];
}
