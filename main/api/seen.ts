import type { Caller } from '../services/context';
import type { Sight } from '../services/viewLog/viewLog';
import type { ApiContext } from './context';

/**
 * Records a look at a person's data in the 查阅记录: every procedure that opens such a record calls
 * it once the record was found and shown, with who asked and from where.
 */
/** A paper's PDF handed out: the look is recorded, and the answer goes without whose it is. */
export function paperShown<P extends { documentId: number; number: string; visitorId: number | null }>(ctx: Parameters<typeof seen>[0], paper: P): Omit<P, 'visitorId'> {
  const { visitorId, ...answer } = paper;
  seen(ctx, { what: 'paper', recordId: paper.documentId, visitorId, label: paper.number });
  return answer;
}

export function seen(ctx: Pick<ApiContext, 'services' | 'clientAddress'> & { actor: Caller }, sight: Sight): void {
  ctx.services.views.record({ userId: ctx.actor.userId, counterId: ctx.actor.counterId, clientAddress: ctx.clientAddress }, sight);
}
