import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { Role } from '../../shared/roles';
import { MSG, MSG_MORE, STORAGE_MSG } from '../../shared/text/messages';
import { DeskError, type DeskErrorKind } from '../domain/errors';
import { storageFailure } from '../domain/storageFailure';
import type { ApiContext } from './context';
import type { Caller } from '../services/context';

const CODES: Record<DeskErrorKind, TRPCError['code']> = {
  bad_input: 'BAD_REQUEST',
  unauthorized: 'UNAUTHORIZED',
  forbidden: 'FORBIDDEN',
  not_found: 'NOT_FOUND',
  conflict: 'CONFLICT',
  too_many: 'TOO_MANY_REQUESTS',
};

export interface FieldErrors {
  [path: string]: string;
}

const t = initTRPC.context<ApiContext>().create({
  isDev: false,
  errorFormatter({ shape, error }) {
    const zod = error.cause instanceof ZodError ? error.cause : null;
    const fieldErrors: FieldErrors = {};
    for (const issue of zod?.issues ?? []) {
      const path = issue.path.join('.');
      fieldErrors[path] ??= issue.message;
    }
    let message = shape.message;
    if (zod) message = `${MSG.badInput}${Object.values(fieldErrors).join('；')}`;
    else if (error.code === 'INTERNAL_SERVER_ERROR') message = MSG.internal;
    return { message, code: shape.code, data: { code: shape.data.code, httpStatus: shape.data.httpStatus, fieldErrors } };
  },
});

/**
 * Turns the services' DeskError into the matching HTTP status, with its Chinese message; a data disk
 * that is full or cannot be written is a 503 the clerk can act on, not an internal error.
 */
const deskErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DeskError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: CODES[cause.kind], message: cause.message, cause });
  }
  const storage = result.ok ? null : storageFailure(result.error.cause);
  if (!result.ok && storage) throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: STORAGE_MSG[storage], cause: result.error.cause });
  return result;
});

export const router = t.router;

/** For the few calls made before signing in: the login page and the sign-in itself. */
export const publicProcedure = t.procedure.use(deskErrors);

function requireSignIn(ctx: ApiContext) {
  if (!ctx.signedIn) throw new TRPCError({ code: 'UNAUTHORIZED', message: ctx.authError?.message ?? MSG.notSignedIn });
  return ctx.signedIn;
}

/** Any signed-in user, even one who still has to replace an initial password. */
export const signedInProcedure = publicProcedure.use(({ ctx, next }) => next({ ctx: { ...ctx, signedIn: requireSignIn(ctx) } }));

/** Every other procedure names the roles that may call it. */
export function allow(...roles: Role[]) {
  return signedInProcedure.use(({ ctx, next }) => {
    const { user } = ctx.signedIn;
    if (user.mustChangePassword) throw new TRPCError({ code: 'FORBIDDEN', message: MSG_MORE.mustChangePassword });
    if (!roles.includes(user.role)) throw new TRPCError({ code: 'FORBIDDEN', message: MSG.forbidden });
    const actor: Caller = { userId: user.id, role: user.role, counterId: ctx.signedIn.counter?.id ?? null, stationId: user.stationId };
    return next({ ctx: { ...ctx, actor } });
  });
}
