import { z } from 'zod';
import { STAFF_ROLES } from '../../../shared/roles';
import { idSchema } from '../../../shared/schemas/common';
import { addMaterialInput } from '../../../shared/schemas/materials';
import { addMaterial, listMaterials, materialImage } from '../../services/materials/materials';
import { allow, router } from '../trpc';

/** Whoever may open a matter may see and add its materials (the desk any; a station those referred to it). */
const staff = allow(...STAFF_ROLES);

/** 材料: pictures of what the visitor handed in, from the document camera. */
export const materialsRouter = router({
  list: staff.input(z.object({ matterId: idSchema })).query(({ ctx, input }) => listMaterials(ctx.services, ctx.actor, input.matterId)),
  image: staff.input(z.object({ materialId: idSchema })).query(({ ctx, input }) => materialImage(ctx.services, ctx.actor, input.materialId)),
  add: staff.input(addMaterialInput).mutation(({ ctx, input }) => addMaterial(ctx.services, ctx.actor, input)),
});
