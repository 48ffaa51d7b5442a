import { Tag, Tooltip } from 'antd';
import type { RiskLevel } from '../../../../shared/risk';
import { RISK_LEVEL_COLORS, RISK_LEVEL_LABELS, RISK_LEVEL_SHORT } from '../../../../shared/text/labels';

/** A matter's risk level as a coloured tag: 红 / 橙 / 黄 / 蓝 in lists, written out on the matter. */
export function RiskTag({ level, short = false }: { level: RiskLevel | null; short?: boolean }) {
  if (!level) return null;
  const tag = (
    <Tag color={RISK_LEVEL_COLORS[level]} className="inline-tag" data-testid="risk-tag">
      {short ? `${RISK_LEVEL_SHORT[level]}险` : RISK_LEVEL_LABELS[level]}
    </Tag>
  );
  return short ? <Tooltip title={RISK_LEVEL_LABELS[level]}>{tag}</Tooltip> : tag;
}
