import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { Alert, App, Button, Card, Form, Input, Modal, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { AppRouter } from '../../../main/api/router';
import { DOCUMENT_LABELS } from '../../../shared/documents';
import { voidDocumentInput } from '../../../shared/schemas/documents';
import { chinaDateTime } from '../../../shared/time';
import { useTRPC } from '../api/client';
import { errorMessage } from '../api/errors';
import { zodRule } from '../forms/rules';
import { RoleGate } from '../pages/StatusPages';
import { navItem } from '../shell/nav';
import { openPdf } from './openPdf';

type Row = inferRouterOutputs<AppRouter>['documents']['ofDay'][number];

/** 作废 asks for the reason; the number stays in the list, marked void. */
function VoidButton({ row }: { row: Row }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const voiding = useMutation(trpc.documents.void.mutationOptions());
  async function submit({ reason }: { reason: string }) {
    try {
      await voiding.mutateAsync({ documentId: row.id, reason });
      await queryClient.invalidateQueries();
      setOpen(false);
      void message.success(`${row.number} 已作废`);
    } catch (err) {
      setFailure(errorMessage(err));
    }
  }
  return (
    <>
      <Button size="small" danger onClick={() => (form.resetFields(), setFailure(null), setOpen(true))}>
        作废
      </Button>
      <Modal title={`作废 ${row.number}`} open={open} onOk={() => form.submit()} onCancel={() => setOpen(false)} okText="确定作废" cancelText="取消" confirmLoading={voiding.isPending} forceRender>
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)}>
          <Form.Item label="作废原因" name="reason" rules={[zodRule(voidDocumentInput.shape.reason)]} extra="编号保留，作废记录计入日结">
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** 打印: today's papers of this counter, with their states; any can be opened, reprinted or voided. */
function TodaysDocuments() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const docs = useQuery(trpc.documents.ofDay.queryOptions({ day: null }));
  const reprint = useMutation(trpc.documents.reprint.mutationOptions());
  const client = useQueryClient();

  async function show(row: Row) {
    try {
      openPdf((await client.fetchQuery(trpc.documents.pdf.queryOptions({ documentId: row.id }))).pdfBase64);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  }

  async function again(row: Row) {
    try {
      openPdf((await reprint.mutateAsync({ documentId: row.id })).pdfBase64);
      await queryClient.invalidateQueries();
    } catch (err) {
      void message.error(errorMessage(err));
    }
  }

  return (
    <Card title="今日文书" data-testid="todays-documents">
      <Table<Row>
        rowKey="id"
        size="middle"
        loading={docs.isPending}
        dataSource={docs.data}
        pagination={false}
        locale={{ emptyText: '今天还没有打印文书' }}
        columns={[
          { title: '文书编号', dataIndex: 'number', width: 150 },
          { title: '文书', dataIndex: 'kind', width: 100, render: (k: Row['kind']) => DOCUMENT_LABELS[k] },
          { title: '事项', dataIndex: 'matterCode', width: 170, render: (code: string | null, r) => (code ? <Link to={`/matters/${r.matterId}`}>{code}</Link> : '—') },
          {
            title: '状态',
            dataIndex: 'status',
            render: (s: Row['status'], r) => (s === 'voided' ? <Tag color="red">已作废：{r.voidReason}</Tag> : <Tag color="green">有效</Tag>),
          },
          { title: '打印', dataIndex: 'prints', width: 140, render: (n: number, r) => (r.reprints > 0 ? `${n} 次（补打 ${r.reprints} 次）` : `${n} 次`) },
          { title: '开具人', dataIndex: 'createdBy', width: 120 },
          { title: '时间', dataIndex: 'createdAt', width: 150, render: (at: string) => chinaDateTime(at) },
          {
            title: '操作',
            key: 'actions',
            width: 200,
            render: (_v, r) => (
              <Space>
                <Button size="small" onClick={() => void show(r)}>
                  查看
                </Button>
                {r.status === 'issued' && (
                  <Button size="small" onClick={() => void again(r)} loading={reprint.isPending && reprint.variables?.documentId === r.id}>
                    补打
                  </Button>
                )}
                {r.status === 'issued' && <VoidButton row={r} />}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

export function PrintPage() {
  return (
    <RoleGate roles={navItem('/print').roles}>
      <TodaysDocuments />
    </RoleGate>
  );
}
