import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { MAX_MATERIAL_BYTES } from '../../../shared/grid';
import type { addMaterialInput } from '../../../shared/schemas/materials';
import { MATERIAL_MSG } from '../../../shared/text/messages';
import { DeskError } from '../../domain/errors';
import { photoKind } from '../../domain/photoKind';
import { recordAudit } from '../audit';
import type { Caller, ServiceContext } from '../context';
import { openableMatter } from '../matterAccess';

export interface MaterialRow {
  id: number;
  caption: string;
  size: number;
  addedAt: string;
  addedBy: string;
}

/**
 * 拍照/扫描材料: the picture is checked by its bytes, written under the documents folder (which
 * backups carry) and recorded with its SHA-256 in one transaction with its audit entry; a failed
 * transaction leaves no file behind.
 */
export async function addMaterial(ctx: ServiceContext, caller: Caller, input: z.output<typeof addMaterialInput>): Promise<MaterialRow> {
  const matter = await openableMatter(ctx, caller, input.matterId);
  const bytes = Buffer.from(input.imageBase64, 'base64');
  const mime = photoKind(bytes);
  if (!mime) throw new DeskError('bad_input', MATERIAL_MSG.notImage);
  if (bytes.length > MAX_MATERIAL_BYTES) throw new DeskError('bad_input', MATERIAL_MSG.tooLarge(MAX_MATERIAL_BYTES / 1024));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const now = ctx.clock.now();
  const year = String(now.getUTCFullYear());
  const file = `materials/${year}/${matter.code}-${sha256.slice(0, 12)}.${mime === 'image/png' ? 'png' : 'jpg'}`;
  const path = join(ctx.documentsDir, file);
  const existed = existsSync(path);
  mkdirSync(join(ctx.documentsDir, 'materials', year), { recursive: true });
  writeFileSync(path, bytes);
  try {
    const id = await ctx.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('material')
        .values({ matter_id: matter.id, file, sha256, mime, size: bytes.length, caption: input.caption, added_by: caller.userId, added_at: now.toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(trx, now, { actorId: caller.userId, action: 'material.add', entity: 'matter', entityId: matter.id, detail: { materialId: row.id, caption: input.caption, sha256 } });
      return row.id;
    });
    ctx.events.publish({ type: 'matters.changed', matterId: matter.id, stationIds: [] });
    return (await listMaterials(ctx, caller, matter.id)).find((m) => m.id === id)!;
  } catch (err) {
    // The same picture kept before stays; a new file without its row goes.
    if (!existed) rmSync(path, { force: true });
    throw err;
  }
}

/** A matter's materials, oldest first, for whoever may open the matter. */
export async function listMaterials(ctx: ServiceContext, caller: Caller, matterId: number): Promise<MaterialRow[]> {
  await openableMatter(ctx, caller, matterId);
  const rows = await ctx.db
    .selectFrom('material')
    .innerJoin('user', 'user.id', 'material.added_by')
    .select(['material.id', 'material.caption', 'material.size', 'material.added_at as addedAt', 'user.display_name as addedBy'])
    .where('material.matter_id', '=', matterId)
    .orderBy('material.id')
    .execute();
  return rows;
}

/** One picture, for whoever may open its matter. */
export async function materialImage(ctx: ServiceContext, caller: Caller, id: number): Promise<{ mime: string; base64: string }> {
  const row = await ctx.db.selectFrom('material').select(['matter_id', 'file', 'mime']).where('id', '=', id).executeTakeFirst();
  if (!row) throw new DeskError('not_found', MATERIAL_MSG.notFound);
  await openableMatter(ctx, caller, row.matter_id);
  const path = join(ctx.documentsDir, row.file);
  if (!existsSync(path)) throw new DeskError('conflict', MATERIAL_MSG.missing);
  return { mime: row.mime, base64: readFileSync(path).toString('base64') };
}
