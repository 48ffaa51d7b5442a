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
