import { STAFF_ROLES } from '../../../shared/roles';
import { hearsEvent } from '../../domain/liveScope';
import { allow, router } from '../trpc';

export const liveRouter = router({
  /** Server-sent events: every window hears about changes made anywhere on the LAN. */
  events: allow(...STAFF_ROLES).subscription(async function* ({ ctx, signal }) {
    for await (const event of ctx.services.events.subscribe(signal)) if (hearsEvent(event, ctx.actor)) yield event;
  }),
});
