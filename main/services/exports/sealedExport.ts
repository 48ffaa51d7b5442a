import { createHash } from 'node:crypto';
import officeCrypto from 'officecrypto-tool';
import { chinaDateTime } from '../../../shared/time';
import { recordAudit } from '../audit';
import type { Actor, ServiceContext } from '../context';

/** What every export of personal data says on its face: who made it, when, and what it holds. */
export async function exportNote(ctx: ServiceContext, actor: Actor): Promise<string> {
  const maker = await ctx.db.selectFrom('user').select('display_name').where('id', '=', actor.userId).executeTakeFirstOrThrow();
  return `导出人：${maker.display_name}\u3000导出时间：${chinaDateTime(ctx.clock.now())}\u3000本表含个人信息，仅限工作使用，不得外传。`;
}

/**
 * Hands an export of personal data out: sealed with the password the user typed, if any (ECMA-376
 * agile encryption, AES-256 with a SHA-512 key, as Excel itself writes it), and written to the audit
 * log with what it is and the SHA-256 of the very bytes handed out, so a copy found later is traced
 * to its maker and moment.
 */
export async function sealedExport(
  ctx: ServiceContext,
  actor: Actor,
  what: { kind: string; subject: string; rows: number },
  xlsx: Buffer,
  password: string,
): Promise<Buffer> {
  const file = password === '' ? xlsx : officeCrypto.encrypt(xlsx, { password });
  await ctx.db.transaction().execute((trx) =>
    recordAudit(trx, ctx.clock.now(), {
      actorId: actor.userId,
      action: 'export.file',
      entity: what.kind,
      detail: { subject: what.subject, rows: what.rows, sealed: password !== '', sha256: createHash('sha256').update(file).digest('hex') },
    }),
  );
  return file;
}
