import { useQuery } from '@tanstack/react-query';
import { Badge, Card, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Role } from '../../../../shared/roles';
import { chineseDate } from '../../../../shared/time';
import { type RouterOutputs, useTRPC } from '../../api/client';
import { CollectiveTag } from '../../visitors/CollectiveTag';
import { MatterStatusTag } from '../../visitors/VisitorCard';
import { RiskTag } from './RiskTag';

type Row = RouterOutputs['flow']['queue'][number];
type Counts = RouterOutputs['flow']['counts'];
type TabKey = 'incoming' | 'handling' | 'due_soon' | 'overdue' | 'helping' | 'high_risk' | 'centre';

const TAB_LABELS: Record<TabKey, string> = {
  centre: '中心待办',
  incoming: '待接收',
  handling: '办理中',
  due_soon: '即将到期',
  overdue: '已超期',
  helping: '协办',
  high_risk: '高风险',
};

const COUNT_OF: Record<TabKey, keyof Counts> = { centre: 'atCentre', incoming: 'incoming', handling: 'handling', due_soon: 'dueSoon', overdue: 'overdue', helping: 'helping', high_risk: 'highRisk' };

/** Which tabs a role works from: the station its own queue, the desk what waits at the centre, the supervisor everything. */
function tabsFor(role: Role): TabKey[] {
  if (role === 'station') return ['incoming', 'handling', 'due_soon', 'overdue', 'helping'];
  if (role === 'clerk') return ['centre', 'overdue', 'due_soon'];
  return ['high_risk', 'overdue', 'due_soon', 'centre', 'incoming', 'handling'];
}

function UrgencyTag({ row }: { row: Row }) {
  if (row.status === 'suspended') return <Tag color="warning">计时暂停</Tag>;
  if (row.urgency === 'overdue') return <Tag color="red">已超期 {row.overdueDays} 天</Tag>;
  if (row.urgency === 'due_soon') return <Tag color="orange">即将到期</Tag>;
  return null;
}

function QueueTable({ tab }: { tab: TabKey }) {
  const trpc = useTRPC();
  const centre = useQuery({ ...trpc.flow.centre.queryOptions(), enabled: tab === 'centre' });
  const queue = useQuery({ ...trpc.flow.queue.queryOptions({ tab: tab === 'centre' ? 'incoming' : tab, stationId: null }), enabled: tab !== 'centre' });
  const data = tab === 'centre' ? centre : queue;
  return (
    <Table<Row>
      rowKey="id"
      size="middle"
      loading={data.isPending}
      dataSource={data.data}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      rowClassName={(r) => (r.riskLevel === 'red' ? 'risk-red-row' : r.urgency === 'overdue' ? 'overdue-row' : r.urgency === 'due_soon' ? 'due-soon-row' : '')}
      locale={{ emptyText: '没有事项' }}
      columns={[
        {
          title: '事项编号',
          dataIndex: 'code',
          width: 170,
          render: (code: string, r) => (
            <span>
              <Link to={`/matters/${r.id}`}>{code}</Link>
              <RiskTag level={r.riskLevel} short />
              {r.supervised && (
                <Tag color="volcano" className="inline-tag">
                  督办
                </Tag>
              )}
            </span>
          ),
        },
        { title: '来访人', dataIndex: 'visitorName', width: 110, render: (name: string, r) => <span>{name} <CollectiveTag headcount={r.headcount} /></span> },
        { title: '诉求类别', dataIndex: 'categoryName', width: 110 },
        { title: '诉求内容', dataIndex: 'content', ellipsis: true },
        { title: '承办单位', dataIndex: 'stationName', width: 120, render: (s: string | null) => s ?? '—' },
        {
          title: '状态',
          dataIndex: 'status',
          width: 130,
          render: (s: Row['status'], r) => (r.revisitDue && s === 'signed_off' ? <Tag color="purple">待回访</Tag> : <MatterStatusTag status={s} />),
        },
        { title: '受理至今', dataIndex: 'openDays', width: 90, render: (days: number) => `${days} 天` },
        {
          title: '办理期限',
          dataIndex: 'deadline',
          width: 190,
          render: (d: string | null, r) => (d ? <span>{chineseDate(d)} <UrgencyTag row={r} /></span> : '—'),
        },
      ]}
    />
  );
}

/** 督单 and the queues: what waits where, what is nearly late, what is late. Refreshes by itself. */
export function QueueBoard({ role }: { role: Role }) {
  const trpc = useTRPC();
  const tabs = tabsFor(role);
  const [chosen, setTab] = useState<TabKey | null>(null);
  const counts = useQuery(trpc.flow.counts.queryOptions());
  // The board opens on 高风险 while there are high-risk matters open, else on its first queue.
  const tab = chosen ?? (tabs.includes('high_risk') && (counts.data?.highRisk ?? 0) > 0 ? 'high_risk' : tabs.find((t) => t !== 'high_risk')!);
  return (
    <Card title={role === 'station' ? '本单位待办' : role === 'clerk' ? '待办事项' : '督单'} data-testid="queue-board">
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as TabKey)}
        items={tabs.map((t) => ({
          key: t,
          label: (
            <span>
              {TAB_LABELS[t]}{' '}
              <Badge count={counts.data?.[COUNT_OF[t]] ?? 0} showZero color={t === 'overdue' || t === 'high_risk' ? 'red' : t === 'due_soon' ? 'orange' : 'blue'} overflowCount={9999} />
            </span>
          ),
        }))}
      />
      <QueueTable tab={tab} />
    </Card>
  );
}
