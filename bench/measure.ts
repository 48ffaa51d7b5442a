import { createTRPCClient, httpLink } from '@trpc/client';
import Sqlite from 'better-sqlite3';
import type { AppRouter } from '../main/api/router';
import { dataDirPaths } from '../main/db/dataDir';
import { nthResidentId, walkIn } from '../main/testing/people';
import { Random } from './random';
import { time, type Timing } from './timing';
import { BENCH_ADMIN } from './generate';

export interface SampleVisitor {
  id_number: string;
  phone: string;
  name_initials: string;
}

/** Real keys of random visitors, read from the file before a host takes it for itself. */
export function sampleVisitors(dataDir: string, samples: number, seed: number): SampleVisitor[] {
  const db = new Sqlite(dataDirPaths(dataDir).database, { readonly: true });
  const max = (db.prepare('select max(id) as n from visitor').get() as { n: number }).n;
  const r = new Random(seed);
  const byId = db.prepare('select id_number, phone, name_initials from visitor where id = ?');
  const people = Array.from({ length: samples }, () => byId.get(r.int(1, max)) as SampleVisitor);
  db.close();
  return people;
}

/** Look-ups and registrations through the real HTTP API of a running host. */
export async function measureRegistration(url: string, people: SampleVisitor[]): Promise<Timing[]> {
  const login = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${url}/api` })] });
  const { token } = await login.auth.login.mutate({ ...BENCH_ADMIN, counterId: 1, bearer: true });
  const api = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${url}/api`, headers: { Authorization: `Bearer ${token}` } })] });

  const lookup = (query: string) => () => api.visits.lookup.query({ query });
  const results = [
    await time('查找 · 身份证号（完整 18 位）', people.map((p) => lookup(p.id_number))),
    await time('查找 · 身份证号前 10 位', people.map((p) => lookup(p.id_number.slice(0, 10)))),
    await time('查找 · 手机号（完整 11 位）', people.map((p) => lookup(p.phone))),
    await time('查找 · 拼音首字母（如 zs）', people.map((p) => lookup(p.name_initials))),
  ];
  let n = 0;
  const register = () => {
    n++;
    // New people born in 1990 (the generated history has none): each registration upserts a new visitor.
    return api.visits.register.mutate(walkIn({ name: '基准测试', idNumber: nthResidentId(n, 1990) }));
  };
  results.push(await time('登记 · 新来访人 + 来访 + 事项 + 日志（一个事务）', people.map(() => register)));
  return results;
}
