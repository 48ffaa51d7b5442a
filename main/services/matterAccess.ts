import { FLOW_MSG } from '../../shared/text/messages';
import { DeskError } from '../domain/errors';
import type { Caller, ServiceContext } from './context';
import { getMatter, wasReferredTo } from './matters';

/** Station staff open the matters referred to their station, now or before, and no others; the desk every one. */
export async function openableMatter(ctx: ServiceContext, caller: Caller, id: number) {
  const matter = await getMatter(ctx, id);
  if (caller.role === 'station' && !(await wasReferredTo(ctx, matter.id, caller.stationId))) throw new DeskError('forbidden', FLOW_MSG.notYourStation);
  return matter;
}
