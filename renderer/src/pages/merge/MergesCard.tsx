import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { undoMergeReason } from '../../../../shared/schemas/visitorMerge';
import { chinaDateTime } from '../../../../shared/time';
import { type RouterOutputs, useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { showFieldErrors, zodRule } from '../../forms/rules';

type Merge = RouterOutputs['merges']['ofVisitor'][number];

/** 撤销合并, with a reason: everything the merge moved goes back to the record it came from. */
function UndoButton({ merge }: { merge: Merge }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const undo = useMutation(trpc.merges.undo.mutationOptions());
  async function submit({ reason }: { reason: string }) {
    setFailure(null);
    try {
      await undo.mutateAsync({ mergeId: merge.id, reason });
      await queryClient.invalidateQueries();
      setOpen(false);
      void message.success(`已撤销合并：${merge.mergedName} 的记录已恢复`);
    } catch (err) {
      if (!showFieldErrors(form, err)) setFailure(errorMessage(err));
    }
  }
  return (
    <>
      <Button size="small" onClick={() => (form.resetFields(), setFailure(null), setOpen(true))}>
        撤销合并
      </Button>
      <Modal title="撤销合并" open={open} okText="撤销合并" cancelText="取消" onOk={() => form.submit()} onCancel={() => setOpen(false)} confirmLoading={undo.isPending} forceRender>
        <p>
          并入的记录（{merge.mergedName}）将恢复为单独一条，合并时移过来的 {merge.visits} 次来访、{merge.matters} 件诉求及其文书都移回去；合并之后新登记的来访留在本记录。
        </p>
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
        <Form form={form} name={`undoMerge${merge.id}`} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)} initialValues={{ reason: '' }}>
          <Form.Item label="撤销原因" name="reason" rules={[zodRule(undoMergeReason)]}>
            <Input placeholder="如：核实后不是同一人" />
          </Form.Item>
          <button type="submit" hidden />
        </Form>
      </Modal>
    </>
  );
}

/** 合并记录: the merges this record took part in, for the supervisor, each with its undoing. */
export function MergesCard({ visitorId }: { visitorId: number }) {
  const trpc = useTRPC();
  const merges = useQuery(trpc.merges.ofVisitor.queryOptions({ visitorId }));
  if (merges.isError) return <Alert type="error" showIcon message={`合并记录未能载入：${errorMessage(merges.error)}`} />;
  if (!merges.data || merges.data.length === 0) return null;
  return (
    <Card title="合并记录" size="small" data-testid="merges">
      <Table<Merge>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={merges.data}
        columns={[
          { title: '时间', dataIndex: 'at', width: 150, render: (at: string) => chinaDateTime(at) },
          {
            title: '合并',
            key: 'what',
            render: (_v, m) => (
              <span>
                <Link to={`/visitors/${m.mergedId}`}>{m.mergedName}</Link>（{m.visits} 次来访、{m.matters} 件诉求）并入 <Link to={`/visitors/${m.keptId}`}>{m.keptName}</Link>
              </span>
            ),
          },
          { title: '经办', dataIndex: 'by', width: 90 },
          { title: '原因', dataIndex: 'reason', ellipsis: true },
          {
            title: '状态',
            key: 'state',
            width: 200,
            render: (_v, m) =>
              m.undoneAt ? (
                <Tag title={`${chinaDateTime(m.undoneAt)} ${m.undoneBy ?? ''}：${m.undoReason ?? ''}`}>已撤销</Tag>
              ) : (
                <UndoButton merge={m} />
              ),
          },
        ]}
      />
    </Card>
  );
}
