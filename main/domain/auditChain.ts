import { createHash } from 'node:crypto';

export interface AuditFields {
  at: string;
  actorId: number | null;
  action: string;
  entity: string;
  entityId: string | null;
  detail: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** Each entry's hash covers the previous hash, so an edited or deleted entry breaks the chain. */
export function auditHash(prevHash: string, e: AuditFields): string {
  const body = JSON.stringify([prevHash, e.at, e.actorId, e.action, e.entity, e.entityId, e.detail]);
  return createHash('sha256').update(body).digest('hex');
}

/**
 * The short form of a chain mark a 日结单 prints: the entry's number and the first 12 hex digits of
 * its hash (48 bits — no one rewrites history to match it by chance).
 */
export function chainMarkText(mark: { id: number; hash: string }): string {
  return `第 ${mark.id} 条 · ${mark.hash.slice(0, 12).toUpperCase()}`;
}
