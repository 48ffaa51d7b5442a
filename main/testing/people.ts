import { randomUUID } from 'node:crypto';
import { idCheckCharacter } from '../../shared/identity/idNumber';
import type { RegisterVisitInput } from '../../shared/schemas/visit';

/** A valid resident ID number from its first 17 digits. */
export function residentId(first17: string): string {
  return first17 + idCheckCharacter(first17);
}

/** A one-person walk-in with one new matter; override what a test is about. */
export function walkIn(overrides: Partial<RegisterVisitInput> & { name?: string; idNumber?: string; phone?: string } = {}): RegisterVisitInput {
  const { name = '张三', idNumber = residentId('14082819800101123'), phone = '13800001234', ...rest } = overrides;
  return {
    idempotencyKey: randomUUID(),
    channel: 'walk_in',
    headcount: 1,
    persons: [{ name, idType: 'resident', idNumber, phone, addressText: '南大里乡南大里村' }],
    matters: [{ categoryId: 2, content: '邻居在院墙边堆放柴草，影响通行，多次协商未果。' }],
    ...rest,
  };
}

/** The nth of a series of distinct valid resident IDs, born in `year`. */
export function nthResidentId(n: number, year = 1985): string {
  const mm = String((n % 12) + 1).padStart(2, '0');
  const dd = String((Math.floor(n / 12) % 28) + 1).padStart(2, '0');
  const seq = String(Math.floor(n / 336) % 1000).padStart(3, '0');
  return residentId(`140828${year}${mm}${dd}${seq}`);
}
