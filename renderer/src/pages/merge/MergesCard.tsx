import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Card, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { undoMergeReason } from '../../../../shared/schemas/visitorMerge';
import { chinaDateTime } from '../../../../shared/time';
import { type RouterOutputs, useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { ReasonButton } from '../../forms/ReasonButton';

type Merge = RouterOutputs['merges']['ofVisitor'][number];

/** 撤销合并, with a reason: everything the merge moved goes back to the record it came from. */
function UndoButton({ merge }: { merge: Merge }) {
  const trpc = useTRPC();
  const undo = useMutation(trpc.merges.undo.mutationOptions());
  return (
    <ReasonButton
      label="撤销合并"
      title="撤销合并"
      name={`undoMerge${merge.id}`}
      size="small"
      reasonLabel="撤销原因"
      reason={undoMergeReason}
      placeholder="如：核实后不是同一人"
      intro={<p>并入的记录（{merge.mergedName}）将恢复为单独一条，合并时移过来的 {merge.visits} 次来访、{merge.matters} 件诉求及其文书都移回去；合并之后新登记的来访留在本记录。</p>}
      busy={undo.isPending}
      run={(reason) => undo.mutateAsync({ mergeId: merge.id, reason })}
      done={`已撤销合并：${merge.mergedName} 的记录已恢复`}
    />
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
