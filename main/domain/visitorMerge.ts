import { checkIdNumber } from '../../shared/identity/idNumber';
import type { IdType } from '../../shared/visit';

/** What of a visitor record the merge rules look at. */
export interface MergeSide {
  id: number;
  id_type: IdType;
  id_number: string | null;
  sex: 'M' | 'F' | null;
  birth_date: string | null;
  ethnicity: string | null;
  phone: string;
  address_code: string | null;
  address_text: string;
  merged_into: number | null;
}

/** Why two records may not be merged, in the words the supervisor reads; null: they may. */
export type MergeRefusal = 'same' | 'alreadyMerged' | 'twoValidIds' | 'sameVisit';

const validId = (side: MergeSide, today: string) => side.id_type === 'resident' && side.id_number !== null && checkIdNumber(side.id_number, today).ok;

/**
 * Whether `merged` may be folded into `kept`. Two records that both carry a valid resident ID number,
 * different ones, are two people: a typo fails the check character, an old 15-digit card is already
 * kept in its 18-digit form. Two records on one visit (a collective visit's representatives) are two
 * people too.
 */
export function mergeRefusal(kept: MergeSide, merged: MergeSide, sharedVisits: number, today: string): MergeRefusal | null {
  if (kept.id === merged.id) return 'same';
  if (kept.merged_into !== null || merged.merged_into !== null) return 'alreadyMerged';
  if (validId(kept, today) && validId(merged, today) && kept.id_number !== merged.id_number) return 'twoValidIds';
  if (sharedVisits > 0) return 'sameVisit';
  return null;
}

type Fields = Omit<MergeSide, 'id' | 'merged_into'>;

/**
 * What the kept record takes from the merged one: what it lacks (a phone, an address, the ethnicity),
 * and the ID number with its sex and birth date when the kept record has none or only an invalid one
 * and the merged record's is valid. An ID number moves rather than being copied: a resident number
 * belongs to one record. The merged record's other fields stay as they were, for the undoing.
 */
export function mergePatch(kept: MergeSide, merged: MergeSide, today: string): { kept: Partial<Fields>; merged: Partial<Fields> } {
  const take: Partial<Fields> = {};
  const give: Partial<Fields> = {};
  if (merged.id_number !== null && !validId(kept, today) && (kept.id_number === null || validId(merged, today))) {
    Object.assign(take, { id_type: merged.id_type, id_number: merged.id_number, sex: merged.sex ?? kept.sex, birth_date: merged.birth_date ?? kept.birth_date });
    give.id_number = null;
  }
  if (kept.phone === '' && merged.phone !== '') take.phone = merged.phone;
  if (kept.address_text === '' && merged.address_text !== '') Object.assign(take, { address_text: merged.address_text, address_code: merged.address_code });
  if (kept.ethnicity === null && merged.ethnicity !== null) take.ethnicity = merged.ethnicity;
  return { kept: take, merged: give };
}
