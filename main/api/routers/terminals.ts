import { pairedOnlyInput, revokeTerminalInput } from '../../../shared/schemas/terminals';
import { newPairingCode } from '../../services/terminals/pairing';
import { listTerminals, pairedOnly, revokeTerminal, setPairedOnly } from '../../services/terminals/terminals';
import { allow, router } from '../trpc';

const admin = allow('admin');

/** 设置 → 终端: pairing codes, the paired PCs, and whether only they may come in. Administrators only. */
export const terminalsRouter = router({
  list: admin.query(async ({ ctx }) => ({
    terminals: await listTerminals(ctx.services),
    pairedOnly: await pairedOnly(ctx.services),
    /** Without TLS (loopback, or a lab on plain HTTP) no terminal can pair. */
    tls: ctx.hostPin !== null,
    addresses: ctx.hostAddresses(),
  })),
  newCode: admin.mutation(({ ctx }) => newPairingCode(ctx.services, ctx.actor, ctx.hostPin)),
  revoke: admin.input(revokeTerminalInput).mutation(async ({ ctx, input }) => {
    await revokeTerminal(ctx.services, ctx.actor, input.id);
    return { ok: true };
  }),
  setPairedOnly: admin.input(pairedOnlyInput).mutation(async ({ ctx, input }) => {
    await setPairedOnly(ctx.services, ctx.actor, input.pairedOnly);
    return { ok: true };
  }),
});
