import { adminRouter } from './routers/admin';
import { assessmentRouter } from './routers/assessment';
import { authRouter } from './routers/auth';
import { calendarRouter } from './routers/calendar';
import { centresRouter } from './routers/centres';
import { devicesRouter } from './routers/devices';
import { documentsRouter } from './routers/documents';
import { materialsRouter } from './routers/materials';
import { mediationRouter } from './routers/mediation';
import { dayCloseRouter } from './routers/dayClose';
import { statisticsRouter } from './routers/statistics';
import { flowRouter } from './routers/flow';
import { gridRouter } from './routers/grid';
import { liveRouter } from './routers/live';
import { maintenanceRouter } from './routers/maintenance';
import { mergesRouter } from './routers/merges';
import { mattersRouter } from './routers/matters';
import { referenceRouter } from './routers/reference';
import { retentionRouter } from './routers/retention';
import { rosterRouter } from './routers/roster';
import { screenRouter } from './routers/screen';
import { systemRouter } from './routers/system';
import { terminalsRouter } from './routers/terminals';
import { viewsRouter } from './routers/views';
import { visitsRouter } from './routers/visits';
import { router } from './trpc';

export const appRouter = router({
  system: systemRouter,
  auth: authRouter,
  admin: adminRouter,
  calendar: calendarRouter,
  live: liveRouter,
  reference: referenceRouter,
  visits: visitsRouter,
  matters: mattersRouter,
  flow: flowRouter,
  assessment: assessmentRouter,
  grid: gridRouter,
  roster: rosterRouter,
  screen: screenRouter,
  documents: documentsRouter,
  materials: materialsRouter,
  devices: devicesRouter,
  mediation: mediationRouter,
  dayClose: dayCloseRouter,
  statistics: statisticsRouter,
  terminals: terminalsRouter,
  maintenance: maintenanceRouter,
  views: viewsRouter,
  merges: mergesRouter,
  retention: retentionRouter,
  centres: centresRouter,
});

export type AppRouter = typeof appRouter;
