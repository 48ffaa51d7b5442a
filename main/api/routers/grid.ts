import { z } from 'zod';
import { DESK_ROLES } from '../../../shared/roles';
import { GRID_STATUSES } from '../../../shared/grid';
import { idSchema } from '../../../shared/schemas/common';
import { dismissGridReportInput, gridImportInput, gridReportInput } from '../../../shared/schemas/grid';
import { commitGridImport, previewGridImport } from '../../services/grid/gridImport';
import { dismissGridReport, gridPhoto, gridQueue, gridReportForRegistration, myGridReports, pendingGridCount, submitGridReport } from '../../services/grid/reports';
import { allow, router } from '../trpc';
import { seen } from '../seen';

const gridWorker = allow('grid');
const desk = allow(...DESK_ROLES);

/** 网格上报: the 网格员's phone page, and the desk's queue and import of the grid platform's export. */
export const gridRouter = router({
  submit: gridWorker.input(gridReportInput).mutation(({ ctx, input }) => submitGridReport(ctx.services, ctx.actor, input)),
  mine: gridWorker.query(({ ctx }) => myGridReports(ctx.services, ctx.actor)),
  /** A photo: the desk sees every report's, a 网格员 only their own. */
  photo: allow('grid', ...DESK_ROLES)
    .input(z.object({ photoId: idSchema }))
    .query(({ ctx, input }) => gridPhoto(ctx.services, ctx.actor, input.photoId)),

  queue: desk.input(z.object({ status: z.enum(GRID_STATUSES) })).query(({ ctx, input }) => gridQueue(ctx.services, input.status)),
  pendingCount: desk.query(({ ctx }) => pendingGridCount(ctx.services)),
  /** 受理登记: the report's fields, the party's whole phone among them (audited), for the registration form. */
  takeUp: desk.input(z.object({ reportId: idSchema })).mutation(async ({ ctx, input }) => {
    const report = await gridReportForRegistration(ctx.services, ctx.actor, input.reportId);
    // The party is no visitor yet: the look is the user's, under the report's code.
    seen(ctx, { what: 'grid_phone', recordId: report.id, visitorId: null, label: report.code });
    return report;
  }),
  dismiss: desk.input(dismissGridReportInput).mutation(async ({ ctx, input }) => {
    await dismissGridReport(ctx.services, ctx.actor, input);
    return { ok: true };
  }),
  previewImport: desk.input(gridImportInput).mutation(({ ctx, input }) => previewGridImport(ctx.services, input)),
  commitImport: desk.input(gridImportInput).mutation(({ ctx, input }) => commitGridImport(ctx.services, ctx.actor, input)),
});
