import type { MatterAction } from '../../../../shared/visit';

/** What each step's note is called in its form; absent where a step needs no note. */
export const NOTE_LABELS: Partial<Record<MatterAction, { label: string; required: boolean }>> = {
  refer: { label: '派单说明', required: false },
  receive: { label: '接收说明', required: false },
  progress: { label: '办理进展', required: true },
  return: { label: '退回理由', required: true },
  suspend: { label: '中止原因', required: true },
  resume: { label: '恢复说明', required: false },
  result: { label: '结果说明', required: true },
  remind: { label: '督办意见', required: true },
  extend: { label: '延期理由', required: true },
  reassign: { label: '改派理由', required: true },
  signOff: { label: '群众意见', required: false },
  revisit: { label: '回访情况', required: true },
  archive: { label: '归档说明', required: false },
  assessRisk: { label: '研判理由', required: true },
};

/** Steps that only move the matter on, confirmed with one click (a note may be added). */
export const PRIMARY_STEPS: MatterAction[] = ['refer', 'receive', 'result', 'signOff'];

/** Steps whose note is optional and that need nothing else: one click takes them, with no dialog. */
export const ONE_CLICK_STEPS: MatterAction[] = ['receive', 'archive'];
