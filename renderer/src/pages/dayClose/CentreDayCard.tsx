import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { reopenDayInput } from '../../../../shared/schemas/dayClose';
import { DAY_STATE_LABELS } from '../../../../shared/text/labels';
import { type RouterOutputs, useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { ReasonButton } from '../../forms/ReasonButton';
import { DAY_UI as T } from './dayText';

type CounterDay = RouterOutputs['dayClose']['centre']['counters'][number];

const STATE_COLORS = { closed: 'green', open: 'orange', reopened: 'gold', idle: 'default' } as const;

function ReopenButton({ counter, day }: { counter: CounterDay; day: string }) {
  const trpc = useTRPC();
  const reopen = useMutation(trpc.dayClose.reopen.mutationOptions());
  return (
    <ReasonButton
      label={T.reopen}
      title={T.reopenTitle(counter.name, day)}
      name={`reopen-${counter.counterId}`}
      size="small"
      reasonLabel={T.reopenReason}
      reason={reopenDayInput.shape.reason}
      busy={reopen.isPending}
      run={(reason) => reopen.mutateAsync({ counterId: counter.counterId, day, reason })}
      done={T.reopenDone}
    />
  );
}

/** 负责人: every counter's day at a glance, reopening, and closing the centre's day. */
export function CentreDayCard({ day, onView }: { day: string; onView: (counterId: number) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const centre = useQuery(trpc.dayClose.centre.queryOptions({ day }));
  const closeCentre = useMutation(trpc.dayClose.closeCentre.mutationOptions());
  const [failure, setFailure] = useState<string | null>(null);
  async function closeAll() {
    setFailure(null);
    try {
      await closeCentre.mutateAsync({ day });
      await queryClient.invalidateQueries();
      void message.success(T.centreDone);
    } catch (err) {
      setFailure(errorMessage(err));
    }
  }
  const data = centre.data;
  return (
    <Card
      title={T.centre}
      data-testid="centre-day"
      extra={
        data?.centreClosedAt ? (
          <Tag color="green">{T.centreClosed(data.centreClosedBy ?? '', data.centreClosedAt)}</Tag>
        ) : (
          <Button type="primary" onClick={() => void closeAll()} loading={closeCentre.isPending}>
            {T.closeCentre}
          </Button>
        )
      }
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Table<CounterDay>
        rowKey="counterId"
        size="small"
        pagination={false}
        loading={centre.isPending}
        dataSource={data?.counters}
        columns={[
          { title: T.counter, dataIndex: 'name' },
          { title: T.visits, dataIndex: 'visits', width: 100 },
          { title: T.state, dataIndex: 'state', width: 120, render: (s: CounterDay['state']) => <Tag color={STATE_COLORS[s]}>{DAY_STATE_LABELS[s]}</Tag> },
          { title: '日结人', dataIndex: 'closedBy', render: (by: string | null, r) => (by ? `${by}（${r.closedAt}）` : '—') },
          {
            title: '操作',
            key: 'actions',
            width: 160,
            render: (_v, r) => (
              <Space>
                <Button size="small" onClick={() => onView(r.counterId)}>
                  {T.view}
                </Button>
                {r.state === 'closed' && <ReopenButton counter={r} day={day} />}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
