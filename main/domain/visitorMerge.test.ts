import { describe, expect, it } from 'vitest';
import { residentId } from '../testing/people';
import { mergePatch, mergeRefusal, type MergeSide } from './visitorMerge';

const TODAY = '2026-11-23';
const side = (over: Partial<MergeSide>): MergeSide => ({
  id: 1,
  id_type: 'resident',
  id_number: null,
  sex: null,
  birth_date: null,
  ethnicity: null,
  phone: '',
  address_code: null,
  address_text: '',
  merged_into: null,
  ...over,
});
const valid = residentId('14082819800101001');
const other = residentId('14082819800101003');
// The same number with two digits swapped: its check character no longer fits.
const typo = valid.slice(0, 10) + valid[11] + valid[10] + valid.slice(12);

describe('merging two visitor records', () => {
  it('refuses two different valid ID numbers, one record with itself, a record already merged, and two people of one visit', () => {
    expect(mergeRefusal(side({ id: 1, id_number: valid }), side({ id: 2, id_number: other }), 0, TODAY)).toBe('twoValidIds');
    expect(mergeRefusal(side({ id: 1 }), side({ id: 1 }), 0, TODAY)).toBe('same');
    expect(mergeRefusal(side({ id: 1 }), side({ id: 2, merged_into: 5 }), 0, TODAY)).toBe('alreadyMerged');
    expect(mergeRefusal(side({ id: 1, merged_into: 5 }), side({ id: 2 }), 0, TODAY)).toBe('alreadyMerged');
    expect(mergeRefusal(side({ id: 1 }), side({ id: 2 }), 1, TODAY)).toBe('sameVisit');
  });

  it('allows a typo beside the right number, a record without a number, and the same number', () => {
    expect(typo).not.toBe(valid);
    expect(mergeRefusal(side({ id: 1, id_number: valid }), side({ id: 2, id_number: typo }), 0, TODAY)).toBeNull();
    expect(mergeRefusal(side({ id: 1, id_number: valid }), side({ id: 2 }), 0, TODAY)).toBeNull();
    expect(mergeRefusal(side({ id: 1, id_type: 'passport', id_number: 'E1234' }), side({ id: 2, id_type: 'passport', id_number: 'E9999' }), 0, TODAY)).toBeNull();
  });

  it('gives the kept record what it lacks, and the valid ID number in place of a typo; the number moves, not copies', () => {
    const kept = side({ id: 1, id_number: typo, phone: '13912345678' });
    const merged = side({ id: 2, id_number: valid, sex: 'M', birth_date: '1980-01-01', phone: '13800000000', address_text: '南大里村', address_code: '140828', ethnicity: '汉族' });
    expect(mergePatch(kept, merged, TODAY)).toEqual({
      kept: { id_type: 'resident', id_number: valid, sex: 'M', birth_date: '1980-01-01', address_text: '南大里村', address_code: '140828', ethnicity: '汉族' },
      merged: { id_number: null },
    });
    // A kept valid number stays; the merged typo stays with the merged record.
    expect(mergePatch(side({ id: 1, id_number: valid }), side({ id: 2, id_number: typo }), TODAY)).toEqual({ kept: {}, merged: {} });
  });
});
