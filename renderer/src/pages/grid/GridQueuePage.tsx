import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Image, Input, Modal, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { GRID_STATUSES, type GridStatus } from '../../../../shared/grid';
import { dismissGridReportInput } from '../../../../shared/schemas/grid';
import { GRID_SOURCE_LABELS, GRID_STATUS_LABELS } from '../../../../shared/text/labels';
import { chinaDateTime } from '../../../../shared/time';
import { type RouterOutputs, useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { zodRule } from '../../forms/rules';
import { navItem } from '../../shell/nav';
import { RoleGate } from '../StatusPages';
import { RiskTag } from '../matters/RiskTag';
import { GridImport } from './GridImport';
import { GRID_TEXT as T } from './gridText';

type Report = RouterOutputs['grid']['queue'][number];

/** A report's photos, fetched when shown: the desk may open each one large. */
function Photos({ ids }: { ids: number[] }) {
  return (
    <Image.PreviewGroup>
      <Space size={4}>
        {ids.map((id) => (
          <Photo key={id} id={id} />
        ))}
      </Space>
    </Image.PreviewGroup>
  );
}

function Photo({ id }: { id: number }) {
  const trpc = useTRPC();
  // A photo never changes once kept.
  const photo = useQuery({ ...trpc.grid.photo.queryOptions({ photoId: id }), staleTime: Infinity });
  if (!photo.data) return <span className="grid-photo-pending" />;
  return <Image width={40} height={40} style={{ objectFit: 'cover' }} src={`data:${photo.data.mime};base64,${photo.data.base64}`} alt={`照片 ${id}`} />;
}

function DismissDialog({ report, onClose }: { report: Report | null; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [failure, setFailure] = useState<string | null>(null);
  const dismiss = useMutation(trpc.grid.dismiss.mutationOptions());
  async function save({ reason }: { reason: string }) {
    if (!report) return;
    setFailure(null);
    try {
      await dismiss.mutateAsync({ reportId: report.id, reason });
      void queryClient.invalidateQueries({ queryKey: trpc.grid.pathKey() });
      message.success(`${report.code} 已不立事项`);
      form.resetFields();
      onClose();
    } catch (err) {
      setFailure(errorMessage(err));
    }
  }
  return (
    <Modal open={report !== null} title={report ? T.dismissTitle(report.code) : ''} onCancel={onClose} onOk={() => form.submit()} okText={T.dismiss} confirmLoading={dismiss.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => void save(v)}>
        <Form.Item label={T.dismissReason} name="reason" rules={[zodRule(dismissGridReportInput.shape.reason)]}>
          <Input.TextArea rows={3} placeholder={T.dismissHolder} maxLength={200} showCount />
        </Form.Item>
      </Form>
      {failure && <Alert type="error" showIcon message={failure} role="alert" />}
    </Modal>
  );
}

function Queue({ status }: { status: GridStatus }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const reports = useQuery(trpc.grid.queue.queryOptions({ status }));
  const takeUp = useMutation(trpc.grid.takeUp.mutationOptions());
  const [failure, setFailure] = useState<string | null>(null);
  const [dismissing, setDismissing] = useState<Report | null>(null);

  async function register(r: Report) {
    setFailure(null);
    try {
      const fromGrid = await takeUp.mutateAsync({ reportId: r.id });
      navigate('/register', { state: { fromGrid } });
    } catch (err) {
      setFailure(errorMessage(err));
    }
  }

  return (
    <>
      {failure && <Alert type="error" showIcon message={failure} role="alert" style={{ marginBottom: 8 }} />}
      {reports.isError && <Alert type="error" showIcon message={errorMessage(reports.error)} />}
      <Table<Report>
        size="small"
        rowKey="id"
        loading={reports.isPending}
        dataSource={reports.data ?? []}
        pagination={{ pageSize: 8, showSizeChanger: false }}
        rowClassName={(r) => (r.riskLevel === 'red' || r.riskLevel === 'orange' ? 'row-high-risk' : '')}
        columns={[
          {
            title: '编号',
            width: 150,
            render: (_: unknown, r) => (
              <Space direction="vertical" size={0}>
                <span>{r.code}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {GRID_SOURCE_LABELS[r.source]}
                  {r.externalNo ? ` ${r.externalNo}` : ''}
                </Typography.Text>
              </Space>
            ),
          },
          { title: '网格 · 网格员', width: 150, render: (_: unknown, r) => `${r.gridName} · ${r.reporterName}` },
          { title: '发现', width: 170, render: (_: unknown, r) => `${r.foundOn} ${r.place}` },
          { title: '当事人', width: 130, render: (_: unknown, r) => `${r.partyName}${r.partyPhoneMasked ? ` ${r.partyPhoneMasked}` : ''}` },
          {
            title: '情况',
            render: (_: unknown, r) => (
              <Space direction="vertical" size={2}>
                <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.content }} style={{ marginBottom: 0 }}>
                  <RiskTag level={r.riskLevel} short /> {r.content}
                </Typography.Paragraph>
                {r.photoIds.length > 0 && <Photos ids={r.photoIds} />}
              </Space>
            ),
          },
          {
            title: status === 'pending' ? '办理' : '结果',
            width: status === 'pending' ? 190 : 200,
            render: (_: unknown, r) =>
              status === 'pending' ? (
                <Space>
                  <Button type="primary" size="small" loading={takeUp.isPending && takeUp.variables?.reportId === r.id} onClick={() => void register(r)}>
                    {T.takeUp}
                  </Button>
                  <Button size="small" onClick={() => setDismissing(r)}>
                    {T.dismiss}
                  </Button>
                </Space>
              ) : r.matterId ? (
                <Link to={`/matters/${r.matterId}`}>事项 {r.matterCode}</Link>
              ) : (
                <Typography.Text type="secondary">{r.dismissReason}</Typography.Text>
              ),
          },
        ]}
        footer={(rows) => (rows.length ? `最近上报：${chinaDateTime(rows[0]!.reportedAt)}` : null)}
      />
      <DismissDialog report={dismissing} onClose={() => setDismissing(null)} />
    </>
  );
}

/** 网格上报 at the desk: waiting reports first, each taken up into a registration or set aside. */
export function GridQueuePage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pending = useQuery(trpc.grid.pendingCount.queryOptions());
  return (
    <RoleGate roles={navItem('/grid-reports').roles}>
      <Card size="small" title={T.deskTitle} extra={<GridImport onImported={() => void queryClient.invalidateQueries({ queryKey: trpc.grid.pathKey() })} />}>
        <Typography.Paragraph type="secondary">{T.deskHint}</Typography.Paragraph>
        <Tabs
          destroyOnHidden
          items={GRID_STATUSES.map((s) => ({
            key: s,
            label: s === 'pending' ? <span>{GRID_STATUS_LABELS[s]} {pending.data ? <Tag color="blue">{pending.data}</Tag> : null}</span> : GRID_STATUS_LABELS[s],
            children: <Queue status={s} />,
          }))}
        />
      </Card>
    </RoleGate>
  );
}
