import type { Kysely } from 'kysely';
import type { Party } from '../../../shared/mediation';
import { MEDIATION_MSG } from '../../../shared/text/messages';
import { DeskError } from '../../domain/errors';
import { MEDIATING_KINDS } from '../../domain/mediationRules';
import type { Database } from '../../db/schema';
import type { Actor, ServiceContext } from '../context';
import { getCentre } from '../settings';
import { partiesFromVisit } from './mediationFile';

export interface OralAtDesk {
  committeeId: number;
  otherParty: string;
  terms: string;
}

/**
 * 当场化解 with an oral agreement: the hall's committee registers it (人民调解法 Art. 28) as a
 * mediation file of its own — the visitor and the other party, the terms as agreed, the person at
 * the desk as mediator — so the 口头协议登记表 prints from it and the 人民调解 figures count it as
 * taken on and mediated that day. Runs inside the registration's transaction.
 */
export async function registerOralAtDesk(ctx: ServiceContext, trx: Kysely<Database>, actor: Actor, matter: { id: number; visitId: number; content: string; settleNote: string }, oral: OralAtDesk, at: Date, day: string): Promise<void> {
  const committee = await trx.selectFrom('station').select(['id', 'kind', 'active']).where('id', '=', oral.committeeId).executeTakeFirst();
  if (!committee || committee.active !== 1 || !MEDIATING_KINDS.has(committee.kind)) throw new DeskError('bad_input', MEDIATION_MSG.notCommittee);
  const me = await trx.selectFrom('user').select('display_name').where('id', '=', actor.userId).executeTakeFirstOrThrow();
  const centre = await getCentre({ ...ctx, db: trx });
  const visitors = await partiesFromVisit({ ...ctx, db: trx }, matter.visitId, day);
  const other: Party = { kind: 'person', name: oral.otherParty, sex: '', ethnicity: '', age: null, idNumber: '', occupation: '', phone: '', address: '' };
  await trx.updateTable('matter').set({ station_id: committee.id }).where('id', '=', matter.id).execute();
  await trx
    .insertInto('mediation')
    .values({
      matter_id: matter.id,
      station_id: committee.id,
      source: 'applied',
      parties: JSON.stringify([...visitors, other]),
      facts: matter.content,
      clauses: JSON.stringify([oral.terms]),
      performance: '按口头协议当场履行或约定履行',
      amount_fen: 0,
      mediator: me.display_name,
      recorder: me.display_name,
      mediated_on: day,
      accepted_on: day,
      requests: '[]',
      responsibility: '',
      participants: '',
      investigations: '[]',
      file_number: null,
      place: `${centre.centreName}窗口`,
      record: matter.settleNote,
      oral: 1,
      revisited_on: null,
      performed: null,
      revisit_satisfaction: null,
      version: 1,
      updated_by: actor.userId,
      updated_at: at.toISOString(),
    })
    .execute();
}
