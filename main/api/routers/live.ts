import { ROLES } from '../../../shared/roles';
import { allow, router } from '../trpc';

export const liveRouter = router({
  /** Server-sent events: every window hears about changes made anywhere on the LAN. */
  events: allow(...ROLES).subscription(async function* ({ ctx, signal }) {
    yield* ctx.services.events.subscribe(signal);
  }),
});
