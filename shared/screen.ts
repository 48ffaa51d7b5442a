import type { Satisfaction } from './visit';

/**
 * 访客屏: the screen that faces the visitor (a second monitor on the counter PC, or a tablet paired
 * to the counter). It shows only what the counter puts on it for the visitor before it, never a list.
 */
export type ScreenState =
  | { phase: 'idle' }
  /** 群众点单: what was typed, for the visitor to confirm before 登记. */
  | { phase: 'confirm'; name: string; phone: string; demands: { category: string; content: string }[] }
  /** After 登记: the numbers to keep. */
  | { phase: 'receipt'; visitNo: string; matterCodes: string[] }
  /** 群众签单: the result, to rate and sign. */
  | { phase: 'signoff'; matterId: number; matterCode: string; content: string; stationName: string; result: string };

/** A signature as the finger drew it: strokes of points on a 600 × 200 pad. */
export type Stroke = [x: number, y: number][];
export const PAD = { width: 600, height: 200 } as const;
export const MAX_STROKES = 60;
export const MAX_POINTS = 4000;

/** What the visitor answered, for the counter to take. */
export interface ScreenAnswer {
  id: number;
  seq: number;
  kind: 'confirm' | 'rating';
  confirmed: boolean | null;
  satisfaction: Satisfaction | null;
  matterId: number | null;
}
