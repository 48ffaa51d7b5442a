import { adminRouter } from './routers/admin';
import { authRouter } from './routers/auth';
import { liveRouter } from './routers/live';
import { systemRouter } from './routers/system';
import { router } from './trpc';

export const appRouter = router({
  system: systemRouter,
  auth: authRouter,
  admin: adminRouter,
  live: liveRouter,
});

export type AppRouter = typeof appRouter;
