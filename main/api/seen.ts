import type { Caller } from '../services/context';
import type { Sight } from '../services/viewLog/viewLog';
import type { ApiContext } from './context';

/**
 * Records a look at a person's data in the 查阅记录: every procedure that opens such a record calls
 * it once the record was found and shown, with who asked and from where.
 */
export function seen(ctx: Pick<ApiContext, 'services' | 'clientAddress'> & { actor: Caller }, sight: Sight): void {
  ctx.services.views.record({ userId: ctx.actor.userId, counterId: ctx.actor.counterId, clientAddress: ctx.clientAddress }, sight);
}
