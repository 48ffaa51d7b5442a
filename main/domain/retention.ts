import type { RetentionKind } from '../../shared/retention';
import type { MatterKind } from '../../shared/visit';

/** Which period a matter is kept by: a dispute's file is the committee's, a 信访 matter the petition office's. */
export function retentionKind(kind: MatterKind): RetentionKind {
  if (kind === 'dispute') return 'mediation';
  if (kind === 'petition') return 'petition';
  return 'desk';
}

/** The first day a matter that ended on `endedDay` may be let go of, `years` later (29 February → 1 March). */
export function dueDay(endedDay: string, years: number): string {
  const [y, m, d] = endedDay.split('-').map(Number) as [number, number, number];
  const due = new Date(Date.UTC(y + years, m - 1, d));
  // 2024-02-29 plus one year is 2025-03-01, not 2025-02-28: a period runs out after, never before.
  return due.toISOString().slice(0, 10);
}

/** The instant `months` months before `now` (ISO): the oldest a kept record may be. */
export function monthsBefore(now: Date, months: number): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, now.getUTCDate())).toISOString();
}

/**
 * A name as it stays after the details are let go: the surname and 某 (张三 → 张某), as court papers
 * write a name they must not give. Two-character surnames (欧阳, 司马 …) keep both characters.
 */
const DOUBLE_SURNAMES = new Set(['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕', '令狐', '端木', '呼延', '南宫', '独孤', '澹台']);
export function reducedName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '某';
  // A name that is not Chinese (a foreigner's, spelled out) keeps only its first letter.
  if (!/\p{Script=Han}/u.test(chars[0]!)) return `${chars[0]!.toUpperCase()}某`;
  const two = chars.slice(0, 2).join('');
  return `${DOUBLE_SURNAMES.has(two) && chars.length > 2 ? two : chars[0]}某`;
}
