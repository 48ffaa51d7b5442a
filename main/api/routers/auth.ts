import { TRPCError } from '@trpc/server';
import { changePasswordInput, loginInput } from '../../../shared/schemas/auth';
import { MSG } from '../../../shared/text/messages';
import { recordAudit } from '../../services/audit';
import { endSession, startSession } from '../../services/sessions';
import { getCentre } from '../../services/settings';
import { changeOwnPassword, checkCredentials } from '../../services/users';
import { publicProcedure, router, signedInProcedure } from '../trpc';

export const authRouter = router({
  login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
    const { user: byUser, address: byAddress } = ctx.throttles;
    const locked = Math.max(byUser.lockedMinutes(input.username), byAddress.lockedMinutes(ctx.clientAddress));
    if (locked > 0) throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: MSG.tooManyLogins(locked) });
    const user = await checkCredentials(ctx.services, input.username, input.password);
    if (!user) {
      byUser.fail(input.username);
      byAddress.fail(ctx.clientAddress);
      await ctx.services.db.transaction().execute((trx) =>
        recordAudit(trx, ctx.services.clock.now(), { actorId: null, action: 'session.refused', entity: 'user', detail: { username: input.username, clientAddress: ctx.clientAddress } }),
      );
      throw new TRPCError({ code: 'UNAUTHORIZED', message: MSG.wrongPassword });
    }
    byUser.succeed(input.username);
    const session = await startSession(ctx.services, user, input.counterId ?? null, ctx.clientAddress);
    const centre = await getCentre(ctx.services);
    return { ...session, centreName: centre.centreName };
  }),

  me: signedInProcedure.query(async ({ ctx }) => {
    const centre = await getCentre(ctx.services);
    return { ...ctx.signedIn, centreName: centre.centreName };
  }),

  logout: signedInProcedure.mutation(async ({ ctx }) => {
    if (ctx.token) await endSession(ctx.services, ctx.token);
    return { ok: true };
  }),

  changePassword: signedInProcedure.input(changePasswordInput).mutation(async ({ ctx, input }) => {
    await changeOwnPassword(ctx.services, { userId: ctx.signedIn.user.id }, input.oldPassword, input.newPassword);
    return { ok: true };
  }),
});
