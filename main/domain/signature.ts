import { MAX_POINTS, MAX_STROKES, PAD, type Stroke } from '../../shared/screen';

/** How far the pen travelled, in pad units. */
function inkLength(strokes: readonly Stroke[]): number {
  let total = 0;
  for (const s of strokes) for (let i = 1; i < s.length; i++) total += Math.hypot(s[i]![0] - s[i - 1]![0], s[i]![1] - s[i - 1]![1]);
  return total;
}

/**
 * Why a signature cannot be taken: none drawn (a tap or a dot is not a signature), too much to be one,
 * or points off the pad. Null when it can.
 */
export function signatureProblem(strokes: readonly Stroke[]): 'empty' | 'too_large' | 'off_pad' | null {
  const points = strokes.reduce((n, s) => n + s.length, 0);
  if (strokes.length > MAX_STROKES || points > MAX_POINTS) return 'too_large';
  if (strokes.some((s) => s.some(([x, y]) => !(x >= 0 && x <= PAD.width && y >= 0 && y <= PAD.height)))) return 'off_pad';
  if (inkLength(strokes) < 40) return 'empty';
  return null;
}
