/**
 * 风险研判: every matter may carry a risk level on the centre's four-colour scale and 重点领域 flags,
 * set at intake or by a later assessment (研判), each change with its reason and audited.
 */
export const RISK_LEVELS = ['red', 'orange', 'yellow', 'blue'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** The 重点领域 a matter can be flagged with. */
export const RISK_FLAGS = ['涉众型', '家庭暴力', '可能民转刑', '群体性', '极端风险', '涉稳'] as const;
export type RiskFlag = (typeof RISK_FLAGS)[number];

/** Levels a supervisor must see first: highlighted in every list, counted on the start page. */
export const HIGH_RISK: readonly RiskLevel[] = ['red', 'orange'];
