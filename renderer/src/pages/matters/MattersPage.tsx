import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Select, Space, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { MATTER_STATUS_LABELS } from '../../../../shared/text/labels';
import { chinaDateTime } from '../../../../shared/time';
import { MATTER_STATUSES, type MatterStatus } from '../../../../shared/visit';
import { useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useMe } from '../../auth/session';
import { CollectiveTag } from '../../visitors/CollectiveTag';
import { MatterStatusTag, VisitorCard } from '../../visitors/VisitorCard';
import { FindBox } from './FindBox';
import { QueueBoard } from './QueueBoard';

function FindResults({ query }: { query: string }) {
  const trpc = useTRPC();
  const found = useQuery(trpc.visits.lookup.queryOptions({ query }));
  if (found.isPending) return <Spin />;
  if (found.isError) return <Typography.Text type="danger">{errorMessage(found.error)}</Typography.Text>;
  if (found.data.length === 0) return <Empty description={`没有找到与“${query}”相符的来访人或事项`} />;
  return (
    <div className="find-results" data-testid="find-results">
      {found.data.map((v) => (
        <VisitorCard key={v.id} visitor={v} />
      ))}
    </div>
  );
}

function RecentMatters() {
  const trpc = useTRPC();
  const [status, setStatus] = useState<MatterStatus | 'all'>('all');
  const list = useQuery(trpc.matters.list.queryOptions({ status: status === 'all' ? null : status, limit: 50, beforeId: null }));
  return (
    <Card
      title="最近的事项"
      extra={
        <Select
          aria-label="按状态筛选"
          value={status}
          style={{ width: 180 }}
          onChange={(v: MatterStatus | 'all') => setStatus(v)}
          options={[{ value: 'all', label: '全部状态' }, ...MATTER_STATUSES.map((s) => ({ value: s, label: MATTER_STATUS_LABELS[s] }))]}
        />
      }
    >
      <Table
        rowKey="id"
        size="middle"
        loading={list.isPending}
        dataSource={list.data}
        pagination={false}
        columns={[
          { title: '事项编号', dataIndex: 'code', width: 170, render: (code: string, m) => <Link to={`/matters/${m.id}`}>{code}</Link> },
          {
            title: '来访人',
            dataIndex: 'visitorName',
            width: 150,
            render: (name: string, m) => (
              <span>
                <Link to={`/visitors/${m.visitorId}`}>{name}</Link> <CollectiveTag headcount={m.headcount} />
              </span>
            ),
          },
          { title: '诉求类别', dataIndex: 'categoryName', width: 130 },
          { title: '诉求内容', dataIndex: 'content', ellipsis: true },
          { title: '状态', dataIndex: 'status', width: 130, render: (s: MatterStatus) => <MatterStatusTag status={s} /> },
          { title: '来访次数', dataIndex: 'visitCount', width: 90 },
          { title: '登记时间', dataIndex: 'createdAt', width: 150, render: (at: string) => chinaDateTime(at) },
        ]}
      />
    </Card>
  );
}

/** 事项: find anyone, the queues of the referral loop, and the newest matters. */
export function MattersPage() {
  const me = useMe();
  const [params] = useSearchParams();
  const query = params.get('q') ?? '';
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <FindBox key={query} initial={query} size="large" width={520} />
      </Card>
      {query && (
        <Card title={`查找“${query}”的结果`}>
          <FindResults query={query} />
        </Card>
      )}
      <QueueBoard role={me.user.role} />
      {me.user.role !== 'station' && <RecentMatters />}
    </Space>
  );
}
