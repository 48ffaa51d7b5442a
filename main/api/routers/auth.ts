import { TRPCError } from '@trpc/server';
import { changePasswordInput, loginInput } from '../../../shared/schemas/auth';
import { MSG } from '../../../shared/text/messages';
import { chinaDay } from '../../../shared/time';
import { clearedSessionCookie, sessionCookie } from '../../domain/sessionCookie';
import { SESSION_MAX_MS } from '../../domain/sessionPolicy';
import { recordAudit } from '../../services/audit';
import { endSession, startSession, switchCounter, tokenHash } from '../../services/sessions';
import { beginSignIn, signInSucceeded } from '../../services/signIn';
import { getCentre } from '../../services/settings';
import { changeOwnPassword, checkCredentials } from '../../services/users';
import { allow, publicProcedure, router, signedInProcedure } from '../trpc';
import { z } from 'zod';
import { DESK_ROLES } from '../../../shared/roles';
import { idSchema } from '../../../shared/schemas/common';

export const authRouter = router({
  login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
    const locked = await beginSignIn(ctx.services, input.username, ctx.clientAddress);
    if (locked > 0) throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: MSG.tooManyLogins(locked) });
    const user = await checkCredentials(ctx.services, input.username, input.password);
    if (!user) {
      await ctx.services.db.transaction().execute((trx) =>
        recordAudit(trx, ctx.services.clock.now(), { actorId: null, action: 'session.refused', entity: 'user', detail: { username: input.username, clientAddress: ctx.clientAddress } }),
      );
      throw new TRPCError({ code: 'UNAUTHORIZED', message: MSG.wrongPassword });
    }
    await signInSucceeded(ctx.services, input.username, ctx.clientAddress);
    const { token, ...session } = await startSession(ctx.services, user, input.counterId ?? null, ctx.clientAddress);
    ctx.setCookie(sessionCookie(token, ctx.secure, SESSION_MAX_MS / 1000));
    const centre = await getCentre(ctx.services);
    // The window gets the cookie only; a script or test that asks for a bearer token gets it in the answer.
    return { ...session, centreName: centre.centreName, token: input.bearer ? token : null };
  }),

  /** Who is signed in, and the host's business day: windows judge dates by the host's clock, not the PC's. */
  me: signedInProcedure.query(async ({ ctx }) => {
    const centre = await getCentre(ctx.services);
    // `area`: the centre's code in a county database (上报 / 下派 are offered then), null on a township's own file.
    return { ...ctx.signedIn, centreName: centre.centreName, today: chinaDay(ctx.services.clock.now()), area: ctx.services.county?.area ?? null };
  }),

  /** 切换窗口: anyone at the desk may move to another counter without signing in again. */
  switchCounter: allow(...DESK_ROLES)
    .input(z.object({ counterId: idSchema.nullable() }))
    .mutation(async ({ ctx, input }) => ({ counter: await switchCounter(ctx.services, ctx.token!, ctx.signedIn.user.id, input.counterId) })),

  logout: signedInProcedure.mutation(async ({ ctx }) => {
    if (ctx.token) await endSession(ctx.services, ctx.token);
    ctx.setCookie(clearedSessionCookie(ctx.secure));
    return { ok: true };
  }),

  changePassword: signedInProcedure.input(changePasswordInput).mutation(async ({ ctx, input }) => {
    await changeOwnPassword(ctx.services, { userId: ctx.signedIn.user.id }, input.oldPassword, input.newPassword, tokenHash(ctx.token!));
    return { ok: true };
  }),
});
