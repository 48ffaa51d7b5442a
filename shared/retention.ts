/**
 * 保存期限: how long the centre keeps a person's details after the last of their matters ended, by
 * the kind of matter (and the 查阅记录 by itself). The defaults and the floors below are explained,
 * with their sources, in docs/domain.md ("Keeping and letting go").
 */
export const RETENTION_KINDS = ['desk', 'mediation', 'petition'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

export const RETENTION_LABELS: Record<RetentionKind, string> = {
  desk: '一般事项（咨询、求助、其他诉求）',
  mediation: '矛盾纠纷（人民调解卷宗）',
  petition: '信访事项',
};

/** The same, where a list names each matter's kind beside it. */
export const RETENTION_SHORT_LABELS: Record<RetentionKind, string> = { desk: '一般事项', mediation: '矛盾纠纷', petition: '信访事项' };

/** Years after a matter ended, per kind: what a new centre starts with. */
export const RETENTION_DEFAULT_YEARS: Record<RetentionKind, number> = { desk: 5, mediation: 10, petition: 30 };

/** The shortest a centre may set, and why (said when a shorter period is refused). */
export const RETENTION_FLOOR: Record<RetentionKind, { years: number; why: string }> = {
  desk: { years: 3, why: '民法典第一百八十八条：诉讼时效期间为三年，其间可能需要调取登记' },
  mediation: { years: 3, why: '民法典第一百八十八条：调解协议涉及的民事权利，诉讼时效期间为三年' },
  petition: { years: 10, why: '《信访档案管理办法》：信访档案定期保管的最短期限为十年' },
};

/** The 查阅记录, in months: 网络安全法第二十一条 asks for network logs to be kept at least six months. */
export const VIEW_LOG_DEFAULT_MONTHS = 36;
export const VIEW_LOG_FLOOR_MONTHS = 6;

export interface RetentionSettings {
  years: Record<RetentionKind, number>;
  viewLogMonths: number;
}
