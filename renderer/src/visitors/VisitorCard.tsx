import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { MATTER_STATUS_LABELS, SEX_LABELS } from '../../../shared/text/labels';
import { chinaDateTime } from '../../../shared/time';
import type { RouterOutputs } from '../api/client';

export type VisitorSummary = RouterOutputs['visits']['lookup'][number];
export type MatterBrief = VisitorSummary['matters'][number];

const STATUS_COLORS: Record<MatterBrief['status'], string> = {
  accepted: 'blue',
  declined: 'default',
  referred: 'geekblue',
  in_progress: 'processing',
  suspended: 'warning',
  returned: 'orange',
  resolved: 'cyan',
  disputed: 'red',
  signed_off: 'green',
  archived: 'default',
};

export function MatterStatusTag({ status }: { status: MatterBrief['status'] }) {
  return <Tag color={STATUS_COLORS[status]}>{MATTER_STATUS_LABELS[status]}</Tag>;
}

interface VisitorCardProps {
  visitor: VisitorSummary;
  /** Buttons for the person (e.g. 是此人). */
  actions?: ReactNode;
  /** A button beside each earlier matter (e.g. 关联为重复访). */
  matterAction?: (matter: MatterBrief) => ReactNode;
}

/** One person found again: who, how often, and what came of their earlier matters. */
export function VisitorCard({ visitor, actions, matterAction }: VisitorCardProps) {
  const facts = [visitor.sex ? SEX_LABELS[visitor.sex] : null, visitor.birthYear ? `${visitor.birthYear}年生` : null, visitor.maskedId, visitor.maskedPhone]
    .filter(Boolean)
    .join(' · ');
  return (
    <Card
      size="small"
      style={{ marginBottom: 8 }}
      title={
        <Space>
          <Link to={`/visitors/${visitor.id}`}>{visitor.name}</Link>
          <Tag color={visitor.visitCount > 1 ? 'orange' : 'default'}>来访 {visitor.visitCount} 次</Tag>
        </Space>
      }
      extra={actions}
      data-testid="visitor-card"
    >
      <Descriptions size="small" column={1} items={[{ key: 'facts', label: '身份', children: facts || '—' }, { key: 'last', label: '最近来访', children: chinaDateTime(visitor.lastVisitAt) }]} />
      {visitor.matters.map((m) => (
        <div key={m.id} className="matter-brief">
          <Space size={6} wrap>
            <Link to={`/matters/${m.id}`}>{m.code}</Link>
            <span>{m.categoryName}</span>
            <MatterStatusTag status={m.status} />
            {m.stationName && <span className="hint">→ {m.stationName}</span>}
            {m.visitCount > 1 && <Tag color="orange">{m.visitCount} 次来访</Tag>}
          </Space>
          <Typography.Paragraph ellipsis={{ rows: 2 }} type="secondary" className="matter-brief-text">
            {`${chinaDateTime(m.openedAt).slice(0, 10)}\u3000${m.content}`}
          </Typography.Paragraph>
          {matterAction && <div className="matter-brief-action">{matterAction(m)}</div>}
        </div>
      ))}
    </Card>
  );
}
