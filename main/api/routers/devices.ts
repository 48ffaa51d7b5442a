import { DESK_ROLES } from '../../../shared/roles';
import { cardReaderInput, readCardInput } from '../../../shared/schemas/devices';
import { cardReaderReady, cardReaderSettings, readCard, setCardReader } from '../../services/devices/cardReading';
import { allow, router } from '../trpc';

const desk = allow(...DESK_ROLES);
const admin = allow('admin');

/** The counter's devices: the ID card reader on the host PC. */
export const devicesRouter = router({
  cardReader: admin.query(({ ctx }) => cardReaderSettings(ctx.services)),
  setCardReader: admin.input(cardReaderInput).mutation(async ({ ctx, input }) => {
    await setCardReader(ctx.services, ctx.actor, input);
    return { ok: true };
  }),
  /** Whether this window offers 读卡 (and polls for a card laid on the reader). */
  cardReaderReady: desk.query(({ ctx }) => cardReaderReady(ctx.services, ctx.clientAddress)),
  readCard: desk.input(readCardInput).mutation(({ ctx, input }) => readCard(ctx.services, ctx.actor, ctx.clientAddress, input)),
});
