import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RegisterVisitInput } from '../../shared/schemas/visit';
import type { Database } from '../db/schema';
import { verifyData } from '../services/verify/verifyData';
import { runDesk, spawnDeskHost, type DeskHostProcess } from '../testing/deskProcess';
import { nthResidentId, walkIn } from '../testing/people';
import { postApi } from '../testing/rawApi';
import { tempDir, TEST_ADMIN } from '../testing/testHost';

const KILLS = 20;
const CLIENTS = 4;

/** A small seeded generator: the kill moments differ from kill to kill, and from run to run only by seed. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function visitNoOf(json: unknown): string {
  return (json as { result: { data: { visitNo: string } } }).result.data.visitNo;
}

/** What the data dir holds while no host runs: every visit by its key, and whether the file is whole. */
function inspect(dataDir: string): { byKey: Map<string, string>; visits: number; integrity: string } {
  const db = new Sqlite(join(dataDir, 'desk.sqlite'));
  try {
    const rows = db.prepare('SELECT idempotency_key AS key, visit_no AS no FROM visit').all() as { key: string; no: string }[];
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join();
    return { byKey: new Map(rows.map((r) => [r.key, r.no])), visits: rows.length, integrity };
  } finally {
    db.close();
  }
}

describe('the host killed at random moments while clients register', () => {
  it(`${KILLS} kills: every acknowledged registration survives, a retried one is never made twice, the file and the chain stay whole`, { timeout: 240_000 }, async () => {
    const dataDir = tempDir('desk-kill-');
    const init = runDesk(['init', '--data-dir', dataDir, '--center', '南大里乡综治中心', '--admin-user', TEST_ADMIN.username, '--admin-password', TEST_ADMIN.password, '--test-clock']);
    expect(init.code).toBe(0);
    const random = seeded(20261123);
    const acknowledged = new Map<string, string>();
    /** Sent but unanswered when the host died: the window retries them with the same key. */
    const inFlight = new Map<string, RegisterVisitInput>();
    let people = 0;
    let token = '';
    let retried = 0;

    const start = async (): Promise<DeskHostProcess> => spawnDeskHost(['--data-dir', dataDir, '--port', '0', '--test-clock']);
    try {
      for (let kill = 0; kill <= KILLS; kill++) {
        const host = await start();
        if (!token) token = ((await postApi(host.url, 'auth.login', { ...TEST_ADMIN, counterId: 1, bearer: true })).json as { result: { data: { token: string } } }).result.data.token;
        for (const [key, input] of inFlight) {
          const answer = await postApi(host.url, 'visits.register', input, token);
          expect(answer.status).toBe(200);
          acknowledged.set(key, visitNoOf(answer.json));
          inFlight.delete(key);
          retried += 1;
        }
        if (kill === KILLS) {
          await host.stop();
          break;
        }
        let alive = true;
        const client = async () => {
          while (alive) {
            people += 1;
            const input = walkIn({ name: `来访${people}`, idNumber: nthResidentId(people) });
            inFlight.set(input.idempotencyKey, input);
            try {
              const answer = await postApi(host.url, 'visits.register', input, token);
              if (answer.status !== 200) throw new Error(`status ${answer.status}: ${JSON.stringify(answer.json)}`);
              acknowledged.set(input.idempotencyKey, visitNoOf(answer.json));
              inFlight.delete(input.idempotencyKey);
            } catch (err) {
              if (alive) throw err;
              return; // the host died under this request: it stays in flight, to be retried
            }
          }
        };
        const clients = Array.from({ length: CLIENTS }, client);
        await new Promise((resolve) => setTimeout(resolve, 150 + random() * 600));
        alive = false;
        host.child.kill('SIGKILL');
        await Promise.all(clients);
        await host.stop();

        const seen = inspect(dataDir);
        expect(seen.integrity).toBe('ok');
        for (const [key, visitNo] of acknowledged) expect(seen.byKey.get(key)).toBe(visitNo);
        expect(new Set(seen.byKey.values()).size).toBe(seen.visits);
      }

      const seen = inspect(dataDir);
      expect(inFlight.size).toBe(0);
      // Every visit is one that a client was told about: nothing made twice by a retry, nothing orphaned.
      expect(seen.visits).toBe(acknowledged.size);
      expect(acknowledged.size).toBeGreaterThan(KILLS);
      expect(retried).toBeGreaterThan(0);
      const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new Sqlite(join(dataDir, 'desk.sqlite')) }) });
      try {
        expect(await verifyData({ db, documentsDir: join(dataDir, 'documents') }, 'full')).toEqual([]);
      } finally {
        await db.destroy();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
