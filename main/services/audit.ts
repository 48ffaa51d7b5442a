import type { Kysely } from 'kysely';
import { auditHash, GENESIS_HASH, type AuditFields } from '../domain/auditChain';
import type { Database } from '../db/schema';

export interface AuditEntry {
  actorId: number | null;
  action: string;
  entity: string;
  entityId?: string | number | null;
  detail?: Record<string, unknown>;
}

/** Where the chain stands after an entry: its id and hash. A 日结 keeps it, and its sheet prints it. */
export interface ChainMark {
  id: number;
  hash: string;
}

/**
 * Appends one entry to the hash-chained log. Call it inside the transaction that makes the change,
 * so the change and its record stand or fall together. The entry's id is the last one's plus one,
 * given here rather than by the database: PostgreSQL's identity numbers skip the ids of transactions
 * rolled back, and a gap is what the chain check reports as a deleted entry. Transactions write one
 * at a time on both engines (see db/engine/writeLock.ts), so the last entry read is still the last.
 */
export async function recordAudit(trx: Kysely<Database>, at: Date, entry: AuditEntry): Promise<ChainMark> {
  const last = await trx.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS_HASH;
  const fields: AuditFields = {
    at: at.toISOString(),
    actorId: entry.actorId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    detail: JSON.stringify(entry.detail ?? {}),
  };
  const hash = auditHash(prevHash, fields);
  const { id } = await trx
    .insertInto('audit_log')
    .values({
      id: (last?.id ?? 0) + 1,
      at: fields.at,
      actor_id: fields.actorId,
      action: fields.action,
      entity: fields.entity,
      entity_id: fields.entityId,
      detail: fields.detail,
      prev_hash: prevHash,
      hash,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, hash };
}

/** Where the chain first fails: entries missing from the middle, or an entry that does not fit. */
export type ChainBreak = { kind: 'gap'; expectedId: number; foundId: number } | { kind: 'altered'; id: number };

/** Entries read at a time by the chain walk; between two pages the host serves whoever is waiting. */
const CHAIN_PAGE = 2000;

/**
 * Walks the whole chain; returns where it first breaks, or null when every entry fits. Page by page,
 * not as one stream: a stream holds the host's only connection until its end, and the daily check's
 * walk over a few years of entries would hold every counter's registration up meanwhile.
 */
export async function verifyAuditChain(db: Kysely<Database>): Promise<ChainBreak | null> {
  let prev = GENESIS_HASH;
  let expectedId = 1;
  for (;;) {
    const page = await db.selectFrom('audit_log').selectAll().where('id', '>=', expectedId).orderBy('id').limit(CHAIN_PAGE).execute();
    for (const row of page) {
      if (row.id !== expectedId) return { kind: 'gap', expectedId, foundId: row.id };
      const expected = auditHash(prev, {
        at: row.at,
        actorId: row.actor_id,
        action: row.action,
        entity: row.entity,
        entityId: row.entity_id,
        detail: row.detail,
      });
      if (row.prev_hash !== prev || row.hash !== expected) return { kind: 'altered', id: row.id };
      prev = row.hash;
      expectedId += 1;
    }
    if (page.length < CHAIN_PAGE) return null;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
