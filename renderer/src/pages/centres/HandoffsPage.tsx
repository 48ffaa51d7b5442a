import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Drawer, Form, Select, Space, Table, Tabs, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { FLOW_ACTION_LABELS, MATTER_STATUS_LABELS } from '../../../../shared/text/labels';
import { chinaDateTime, chineseDate } from '../../../../shared/time';
import { MATTER_STATUSES, type MatterStatus, type REFERRAL_RESULTS } from '../../../../shared/visit';
import { useMe } from '../../auth/session';
import { type RouterOutputs, useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { MatterStatusTag } from '../../visitors/VisitorCard';
import { PRIMARY_STEPS } from '../matters/flowText';
import { NoteField, ResultField, StepModal, useSteps } from '../matters/StepModal';
import { eventItem } from '../matters/MatterTimeline';
import { HANDOFF_TEXT as T } from './handoffText';

type Handoff = RouterOutputs['centres']['handoffs'][number];
type Handed = RouterOutputs['centres']['handoff'];
type CountyMatter = RouterOutputs['centres']['countyMatters'][number];

/** 交办: what the county handed down or the townships handed up; for the county's supervisors, also every centre's matters. */
export function HandoffsPage() {
  const me = useMe();
  const countySupervisor = me.area?.length === 6 && (me.user.role === 'supervisor' || me.user.role === 'admin');
  if (!countySupervisor) return <HandedToUs />;
  return (
    <Tabs
      items={[
        { key: 'handed', label: T.title, children: <HandedToUs /> },
        { key: 'county', label: T.countyTab, children: <CountyMatters /> },
      ]}
    />
  );
}

/** 全县事项: each centre's newest matters, read-only. */
function CountyMatters() {
  const trpc = useTRPC();
  const [status, setStatus] = useState<MatterStatus | null>(null);
  const matters = useQuery(trpc.centres.countyMatters.queryOptions({ status }));
  return (
    <Card title={T.countyTab} extra={<Select<MatterStatus | null> aria-label={T.status} style={{ width: 160 }} value={status} onChange={setStatus} options={[{ value: null, label: T.anyStatus }, ...MATTER_STATUSES.map((s) => ({ value: s, label: MATTER_STATUS_LABELS[s] }))]} />}>
      <Typography.Paragraph type="secondary">{T.countyIntro}</Typography.Paragraph>
      {matters.isError && <Alert type="error" showIcon message={errorMessage(matters.error)} style={{ marginBottom: 12 }} />}
      <Table<CountyMatter>
        rowKey={(r) => `${r.area}:${r.id}`}
        size="middle"
        loading={matters.isPending}
        dataSource={matters.data ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { title: T.centre, dataIndex: 'centreName' },
          { title: T.code, dataIndex: 'code' },
          { title: T.category, dataIndex: 'categoryName' },
          { title: T.visitor, dataIndex: 'visitorName' },
          { title: T.status, dataIndex: 'status', render: (s: MatterStatus) => <MatterStatusTag status={s} /> },
          { title: T.registeredAt, dataIndex: 'createdAt', render: (at: string) => chinaDateTime(at) },
        ]}
      />
    </Card>
  );
}

function HandedToUs() {
  const trpc = useTRPC();
  const handoffs = useQuery(trpc.centres.handoffs.queryOptions());
  const [open, setOpen] = useState<{ area: string; id: number } | null>(null);
  return (
    <Card title={T.title}>
      <Typography.Paragraph type="secondary">{T.intro}</Typography.Paragraph>
      {handoffs.isError && <Alert type="error" showIcon message={errorMessage(handoffs.error)} style={{ marginBottom: 12 }} />}
      <Table<Handoff>
        rowKey={(r) => `${r.area}:${r.id}`}
        size="middle"
        loading={handoffs.isPending}
        dataSource={handoffs.data ?? []}
        pagination={false}
        locale={{ emptyText: T.empty }}
        onRow={(r) => ({ onClick: () => setOpen({ area: r.area, id: r.id }), style: { cursor: 'pointer' } })}
        columns={[
          { title: T.from, dataIndex: 'centreName' },
          { title: T.direction, dataIndex: 'direction', render: (d: Handoff['direction']) => (d === 'up' ? <Tag color="purple">{T.up}</Tag> : <Tag color="cyan">{T.down}</Tag>) },
          { title: T.code, dataIndex: 'code', render: (code: string, r) => (
              <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpen({ area: r.area, id: r.id })}>
                {code}
              </Button>
            ),
          },
          { title: T.category, dataIndex: 'categoryName' },
          { title: T.visitor, dataIndex: 'visitorName' },
          { title: T.status, dataIndex: 'status', render: (s: Handoff['status']) => <MatterStatusTag status={s} /> },
          { title: T.deadline, dataIndex: 'deadline', render: (d: string | null, r) => (d ? <span className={r.urgency === 'overdue' ? 'text-danger' : undefined}>{chineseDate(d)}</span> : '—') },
          { title: T.openDays, dataIndex: 'openDays', render: (n: number) => T.days(n) },
        ]}
      />
      <Drawer open={open !== null} onClose={() => setOpen(null)} width={760} title={T.title} destroyOnHidden>
        {open && <HandedMatter area={open.area} id={open.id} />}
      </Drawer>
    </Card>
  );
}

interface StepValues {
  result?: (typeof REFERRAL_RESULTS)[number];
  note?: string;
}

function HandedMatter({ area, id }: { area: string; id: number }) {
  const trpc = useTRPC();
  const handed = useQuery(trpc.centres.handoff.queryOptions({ area, id }));
  if (handed.isError) return <Alert type="error" showIcon message={errorMessage(handed.error)} />;
  if (!handed.data) return null;
  const { matter, referral, centreName } = handed.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions
        size="small"
        bordered
        column={2}
        items={[
          { key: 'from', label: T.from, children: centreName },
          { key: 'code', label: T.code, children: matter.code },
          { key: 'category', label: T.category, children: matter.categoryName },
          { key: 'visitor', label: T.visitor, children: `${matter.visitor.name}${matter.visitor.maskedPhone ? ` ${matter.visitor.maskedPhone}` : ''}` },
          { key: 'content', label: T.content, span: 2, children: matter.content },
          { key: 'by', label: T.referredBy, children: referral?.referredByName ?? '—' },
          { key: 'at', label: T.referredAt, children: referral ? chinaDateTime(referral.referredAt) : '—' },
          { key: 'received', label: T.received, children: referral?.receivedAt ? chinaDateTime(referral.receivedAt) : T.notReceived },
          { key: 'deadline', label: T.deadline, children: referral ? chineseDate(referral.deadline) : '—' },
        ]}
      />
      <HandoffSteps area={area} handed={handed.data} />
      <Card size="small" title={T.timeline}>
        <Timeline items={handed.data.events.map(eventItem).map(({ color, children }) => ({ color, children }))} />
      </Card>
    </Space>
  );
}

/** The station's steps this centre may take now on the handed matter, each with the note its form asks for. */
function HandoffSteps({ area, handed }: { area: string; handed: Handed }) {
  const trpc = useTRPC();
  const [form] = Form.useForm<StepValues>();
  const act = useMutation(trpc.centres.act.mutationOptions());
  const matter = handed.matter;
  const { action, failure, open, submit, close } = useSteps(form, (step, values) =>
    act.mutateAsync({ area, step: { matterId: matter.id, version: matter.version, action: step, ...values, note: values.note ?? '' } as never }),
  );

  return (
    <>
      <Space wrap>
        {handed.allowedActions.map((a) => (
          <Button key={a} type={PRIMARY_STEPS.includes(a) ? 'primary' : 'default'} disabled={act.isPending} onClick={() => open(a)}>
            {FLOW_ACTION_LABELS[a]}
          </Button>
        ))}
        {handed.allowedActions.length === 0 && <span className="hint">{T.noSteps}</span>}
      </Space>
      <StepModal action={action} code={matter.code} form={form} failure={failure} pending={act.isPending} onFinish={(v) => void submit(v)} onCancel={close}>
        {action === 'result' && <ResultField />}
        {action && <NoteField action={action} />}
      </StepModal>
    </>
  );
}
