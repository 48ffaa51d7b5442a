import { Card, Space, Tag, Timeline } from 'antd';
import type { Performance } from '../../../../shared/mediation';
import type { RiskLevel } from '../../../../shared/risk';
import { FLOW_ACTION_LABELS, PERFORMANCE_LABELS, REFERRAL_RESULT_LABELS, RISK_LEVEL_LABELS, SATISFACTION_LABELS, VISIT_CHANNEL_LABELS } from '../../../../shared/text/labels';
import { chinaDateTime, chineseDate } from '../../../../shared/time';
import type { MatterAction, ReferralResult, Satisfaction } from '../../../../shared/visit';
import { MatterStatusTag } from '../../visitors/VisitorCard';
import { type RouterOutputs, useTRPC } from '../../api/client';
import { useQuery } from '@tanstack/react-query';

type Matter = RouterOutputs['matters']['get'];
type Event = Matter['events'][number];

/** "2天3小时": how long the matter stood in the step before. */
function duration(minutes: number | null): string {
  if (minutes === null || minutes < 1) return '';
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  return d > 0 ? `${d}天${h}小时` : h > 0 ? `${h}小时${m}分` : `${m}分钟`;
}

function eventFacts(e: Event): string {
  const d = e.detail as { station?: string; deadline?: string; result?: ReferralResult; satisfaction?: Satisfaction; performed?: Performance; days?: number; suspendedDays?: number; level?: RiskLevel | null; flags?: string[] };
  const risk = e.action === 'assessRisk' ? [`风险等级：${d.level ? RISK_LEVEL_LABELS[d.level] : '未评估'}`, d.flags?.length ? `重点领域：${d.flags.join('、')}` : ''] : [];
  return [
    ...risk,
    d.station ? `承办：${d.station}` : '',
    d.deadline ? `期限：${chineseDate(d.deadline)}` : '',
    d.result ? REFERRAL_RESULT_LABELS[d.result] : '',
    d.satisfaction ? `群众评价：${SATISFACTION_LABELS[d.satisfaction]}` : '',
    d.performed ? `协议履行：${PERFORMANCE_LABELS[d.performed]}` : '',
    d.days ? `延长 ${d.days} 天` : '',
    d.suspendedDays ? `补回中止 ${d.suspendedDays} 天` : '',
  ]
    .filter(Boolean)
    .join('；');
}

/** One step of the matter on a timeline: when, which step, who, where it left the matter, its facts and note. */
export function eventItem(e: Event) {
  return {
    at: e.at,
    color: e.action === 'return' || e.action === 'remind' ? 'red' : 'green',
    children: (
      <div>
        <Space wrap>
          <strong>{chinaDateTime(e.at)}</strong>
          <Tag>{FLOW_ACTION_LABELS[e.action as MatterAction] ?? e.action}</Tag>
          <span>{e.actorName}</span>
          <MatterStatusTag status={e.statusAfter} />
          {duration(e.minutesSincePrevious) && <span className="hint">距上一步 {duration(e.minutesSincePrevious)}</span>}
        </Space>
        {eventFacts(e) && <div className="timeline-facts">{eventFacts(e)}</div>}
        {e.note && <div className="timeline-note">{e.note}</div>}
      </div>
    ),
  };
}

/** 办理经过: every visit and every step, who, when, with which note, and the time each step took. */
export function MatterTimeline({ matter }: { matter: Matter }) {
  const trpc = useTRPC();
  const materials = useQuery(trpc.materials.list.queryOptions({ matterId: matter.id })).data ?? [];
  const items = [
    ...materials.map((m) => ({
      at: m.addedAt,
      color: 'gray',
      children: (
        <Space wrap>
          <strong>{chinaDateTime(m.addedAt)}</strong>
          <Tag>添加材料</Tag>
          <span>{m.addedBy}</span>
          <span>{m.caption}</span>
        </Space>
      ),
    })),
    ...matter.visits.map((v) => ({
      at: v.visitedAt,
      color: v.kind === 'opened' ? 'blue' : 'orange',
      children: (
        <div>
          <Space wrap>
            <strong>{chinaDateTime(v.visitedAt)}</strong>
            {v.kind === 'opened' ? <Tag color="blue">登记受理</Tag> : <Tag color="orange">重复访</Tag>}
            <span>{VISIT_CHANNEL_LABELS[v.channel]}</span>
            <span>
              {v.counterName ?? ''} {v.clerkName}
            </span>
            <span>登记编号 {v.visitNo}</span>
          </Space>
          {v.note && <div className="timeline-note">{v.note}</div>}
        </div>
      ),
    })),
    ...matter.events.map(eventItem),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Card title="办理经过" data-testid="timeline">
      <Timeline items={items.map(({ color, children }) => ({ color, children }))} />
    </Card>
  );
}
