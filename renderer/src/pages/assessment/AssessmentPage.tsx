import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { meetingInput } from '../../../../shared/schemas/assessment';
import { chineseDate } from '../../../../shared/time';
import { type RouterOutputs, useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useMe } from '../../auth/session';
import { DayInput } from '../../forms/DayInput';
import { zodRule } from '../../forms/rules';
import { useDeliverPaper } from '../../print/deliverPaper';
import { useDeskPrintAgain } from '../../print/ReceiptButton';
import { navItem } from '../../shell/nav';
import { RoleGate } from '../StatusPages';
import { RiskTag } from '../matters/RiskTag';
import { ASSESSMENT_UI as T } from './assessmentText';

type Candidate = RouterOutputs['assessment']['candidates'][number];
type Decision = { decision: string; stationId: number | null; dueOn: string | null };
type MeetingValues = { heldOn: string; place: string; chair: string; attendees: string; discussion: string };
const rules = meetingInput.shape;

/** 召开研判会: the meeting's particulars, then the matters picked with a decision each. */
function MeetingForm({ onDone }: { onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { today, user } = useMe();
  const [form] = Form.useForm<MeetingValues>();
  const [picked, setPicked] = useState<Record<number, Decision>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const candidates = useQuery(trpc.assessment.candidates.queryOptions());
  const stations = useQuery(trpc.reference.stations.queryOptions());
  const hold = useMutation(trpc.assessment.hold.mutationOptions());
  const set = (id: number, change: Partial<Decision>) => setPicked((p) => ({ ...p, [id]: { ...p[id]!, ...change } }));

  async function save(values: MeetingValues) {
    setFailure(null);
    const rows = (candidates.data ?? []).filter((c) => picked[c.matterId]);
    const missing = rows.find((c) => !picked[c.matterId]!.decision.trim());
    if (missing) return setFailure(T.needDecision(missing.code));
    try {
      await hold.mutateAsync({ ...values, decisions: rows.map((c) => ({ matterId: c.matterId, ...picked[c.matterId]! })) });
      await queryClient.invalidateQueries();
      void message.success(T.saved(rows.length));
      onDone();
    } catch (err) {
      // What was typed and picked stays; only the message is new.
      setFailure(errorMessage(err));
    }
  }

  return (
    <Card title={T.formTitle} data-testid="meeting-form">
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} role="alert" />}
      <Form form={form} layout="vertical" requiredMark={false} initialValues={{ heldOn: today, chair: user.displayName }} onFinish={(v) => void save(v)}>
        <Row gutter={12}>
          <Col span={4}>
            <Form.Item label={T.heldOn} name="heldOn" rules={[zodRule(rules.heldOn)]}>
              <DayInput width="100%" max={today} aria-label={T.heldOn} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label={T.place} name="place" rules={[zodRule(rules.place)]}>
              <Input placeholder="如：综治中心会议室" />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item label={T.chair} name="chair" rules={[zodRule(rules.chair)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item label={T.attendees} name="attendees" rules={[zodRule(rules.attendees)]}>
              <Input placeholder={T.attendeesHint} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={T.discussion} name="discussion" rules={[zodRule(rules.discussion)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item label={T.candidates} extra={T.candidatesHint}>
          <Table<Candidate>
            rowKey="matterId"
            size="small"
            loading={candidates.isPending}
            dataSource={candidates.data}
            pagination={false}
            scroll={{ y: 300 }}
            locale={{ emptyText: T.noneCandidates }}
            rowSelection={{
              selectedRowKeys: Object.keys(picked).map(Number),
              onChange: (keys) =>
                setPicked((p) => Object.fromEntries(keys.map((k) => [k, p[Number(k)] ?? { decision: '', stationId: null, dueOn: null }])) as Record<number, Decision>),
            }}
            columns={[
              { title: '事项', dataIndex: 'code', width: 190, render: (code: string, c) => <span><Link to={`/matters/${c.matterId}`}>{code}</Link><RiskTag level={c.riskLevel} short /></span> },
              { title: '来访人', dataIndex: 'visitorName', width: 90 },
              { title: '类别', dataIndex: 'categoryName', width: 90 },
              { title: '原因', dataIndex: 'reason', width: 100, render: (r: Candidate['reason']) => <Tag color={r === 'disputed' ? 'purple' : 'red'}>{T.reason[r]}</Tag> },
              {
                title: T.decision,
                key: 'decision',
                render: (_: unknown, c) => (
                  <Input disabled={!picked[c.matterId]} aria-label={`${T.decision} ${c.code}`} value={picked[c.matterId]?.decision ?? ''} maxLength={1000} onChange={(e) => set(c.matterId, { decision: e.target.value })} />
                ),
              },
              {
                title: T.station,
                key: 'station',
                width: 150,
                render: (_: unknown, c) => (
                  <Select
                    disabled={!picked[c.matterId]}
                    allowClear
                    placeholder={T.stationKeep}
                    style={{ width: '100%' }}
                    value={picked[c.matterId]?.stationId ?? undefined}
                    onChange={(v?: number) => set(c.matterId, { stationId: v ?? null })}
                    options={(stations.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
                  />
                ),
              },
              {
                title: T.due,
                key: 'due',
                width: 150,
                render: (_: unknown, c) => <DayInput disabled={!picked[c.matterId]} allowClear width="100%" min={today} value={picked[c.matterId]?.dueOn ?? null} onChange={(d) => set(c.matterId, { dueOn: d })} aria-label={`${T.due} ${c.code}`} />,
              },
            ]}
          />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={hold.isPending}>
            {T.save}
          </Button>
          <Button onClick={onDone}>取消</Button>
        </Space>
      </Form>
    </Card>
  );
}

function Meetings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const meetings = useQuery(trpc.assessment.meetings.queryOptions());
  const print = useMutation(trpc.assessment.printRecord.mutationOptions());
  const { printAgain } = useDeskPrintAgain();
  const deliver = useDeliverPaper(printAgain);
  const { message } = App.useApp();
  return (
    <Table
      rowKey="id"
      size="middle"
      loading={meetings.isPending}
      dataSource={meetings.data}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: T.empty }}
      columns={[
        { title: T.columns.heldOn, dataIndex: 'heldOn', width: 150, render: (d: string) => chineseDate(d) },
        { title: T.columns.place, dataIndex: 'place' },
        { title: T.columns.chair, dataIndex: 'chair', width: 120 },
        { title: T.columns.matters, dataIndex: 'matters', width: 100, render: (n: number) => `${n} 件` },
        {
          title: T.columns.record,
          key: 'record',
          width: 260,
          render: (_: unknown, m: RouterOutputs['assessment']['meetings'][number]) =>
            m.record ? (
              <Space>
                {m.record.number}
                <Button size="small" onClick={() => void printAgain(m.record!.documentId, 'auto').then((doc) => deliver(doc, `研判记录 ${doc.number}`, 'a4'))}>
                  {T.reprintRecord}
                </Button>
              </Space>
            ) : (
              <Button
                size="small"
                loading={print.isPending}
                onClick={async () => {
                  try {
                    const doc = await print.mutateAsync({ meetingId: m.id });
                    await queryClient.invalidateQueries();
                    await deliver(doc, `研判记录 ${doc.number}`, 'a4');
                  } catch (err) {
                    void message.error(errorMessage(err));
                  }
                }}
              >
                {T.printRecord}
              </Button>
            ),
        },
      ]}
    />
  );
}

/** 研判会: the supervisors' joint assessment; each decision becomes a 督办 on its matter. */
export function AssessmentPage() {
  const [holding, setHolding] = useState(false);
  return (
    <RoleGate roles={navItem('/assessment').roles}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {holding && <MeetingForm onDone={() => setHolding(false)} />}
        <Card
          title={T.meetings}
          extra={
            !holding && (
              <Button type="primary" onClick={() => setHolding(true)}>
                {T.hold}
              </Button>
            )
          }
        >
          <Meetings />
        </Card>
      </Space>
    </RoleGate>
  );
}
