import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Radio, Space, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { mergeReason } from '../../../../shared/schemas/visitorMerge';
import { ID_TYPE_LABELS, SEX_LABELS } from '../../../../shared/text/labels';
import { chinaDateTime } from '../../../../shared/time';
import { type RouterOutputs, useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { showFieldErrors, zodRule } from '../../forms/rules';
import { VisitorPicks } from '../../visitors/VisitorPicks';

type Visitor = RouterOutputs['visits']['visitor'];

/** The two records' fields, row by row, as the supervisor compares them. */
const ROWS: { label: string; value: (v: Visitor) => string | number }[] = [
  { label: '姓名', value: (v) => v.name },
  { label: '证件', value: (v) => `${ID_TYPE_LABELS[v.idType]} ${v.maskedId || '（无号码）'}` },
  { label: '性别', value: (v) => (v.sex ? SEX_LABELS[v.sex] : '—') },
  { label: '出生年份', value: (v) => v.birthYear ?? '—' },
  { label: '联系电话', value: (v) => v.maskedPhone || '—' },
  { label: '现住址', value: (v) => v.addressText || '—' },
  { label: '来访次数', value: (v) => v.visitCount },
  { label: '最近来访', value: (v) => chinaDateTime(v.lastVisitAt) },
  { label: '诉求', value: (v) => v.matters.map((m) => `${m.code} ${m.categoryName}`).join('；') || '—' },
];

function SideBySide({ here, other, keep, onKeep }: { here: Visitor; other: Visitor; keep: 'here' | 'other'; onKeep: (k: 'here' | 'other') => void }) {
  return (
    <Table
      data-testid="merge-compare"
      size="small"
      pagination={false}
      rowKey="label"
      dataSource={ROWS.map((r) => ({ label: r.label, here: r.value(here), other: r.value(other), differs: r.value(here) !== r.value(other) }))}
      columns={[
        { title: '', dataIndex: 'label', width: 80 },
        {
          title: <Radio checked={keep === 'here'} onChange={() => onKeep('here')}>保留本记录</Radio>,
          dataIndex: 'here',
        },
        {
          title: <Radio checked={keep === 'other'} onChange={() => onKeep('other')}>保留这条记录</Radio>,
          dataIndex: 'other',
          render: (value: string, row) => (row.differs ? <Typography.Text mark>{value}</Typography.Text> : value),
        },
      ]}
    />
  );
}

/**
 * 合并重复记录: find the other record of the same person, compare the two side by side, choose the
 * one to keep and say why. The host refuses two valid ID numbers or two people of one visit; the
 * dialog shows its reason before anything is asked.
 */
export function MergeDialog({ here }: { here: Visitor }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [otherId, setOtherId] = useState<number | null>(null);
  const [keep, setKeep] = useState<'here' | 'other'>('here');
  const [failure, setFailure] = useState<string | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const found = useQuery({ ...trpc.visits.lookup.queryOptions({ query }), enabled: open && query.length > 0 && otherId === null });
  const keptId = keep === 'here' ? here.id : (otherId ?? 0);
  const mergedId = keep === 'here' ? (otherId ?? 0) : here.id;
  const compare = useQuery({ ...trpc.merges.compare.queryOptions({ keptId, mergedId }), enabled: open && otherId !== null });
  const merge = useMutation(trpc.merges.merge.mutationOptions());

  function reset() {
    setQuery('');
    setOtherId(null);
    setKeep('here');
    setFailure(null);
    form.resetFields();
  }

  async function submit({ reason }: { reason: string }) {
    setFailure(null);
    try {
      await merge.mutateAsync({ keptId, mergedId, reason });
      await queryClient.invalidateQueries();
      setOpen(false);
      void message.success('已合并。来访、诉求和文书都已归到保留的记录；如有误，可在“合并记录”中撤销。');
      navigate(`/visitors/${keptId}`);
    } catch (err) {
      if (!showFieldErrors(form, err)) setFailure(errorMessage(err));
    }
  }

  const other = compare.data && (keep === 'here' ? compare.data.merged : compare.data.kept);
  return (
    <>
      <Button size="small" onClick={() => (reset(), setOpen(true))}>
        合并重复记录
      </Button>
      <Modal
        title={`合并重复记录：${here.name}`}
        width={880}
        open={open}
        onCancel={() => setOpen(false)}
        okText="合并"
        cancelText="取消"
        okButtonProps={{ disabled: !compare.data || compare.data.refusal !== null }}
        onOk={() => form.submit()}
        confirmLoading={merge.isPending}
        forceRender
      >
        {otherId === null ? (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text type="secondary">找出同一人的另一条记录（姓名、拼音首字母、身份证号或电话），比对后合并。</Typography.Text>
            <Input.Search aria-label="查找另一条记录" placeholder="姓名、拼音首字母、身份证号或电话" enterButton="查找" onSearch={(q) => setQuery(q.trim())} />
            {found.isFetching && <Spin />}
            {found.data && <VisitorPicks data-testid="merge-candidates" people={found.data.filter((v) => v.id !== here.id)} pickLabel="比对" onPick={setOtherId} empty="没有找到别的记录" />}
          </Space>
        ) : (
          <Space direction="vertical" style={{ width: '100%' }}>
            {compare.isPending && <Spin />}
            {compare.isError && <Alert type="error" showIcon message={errorMessage(compare.error)} />}
            {compare.data?.refusal && <Alert type="error" showIcon message={compare.data.refusal} />}
            {other && <SideBySide here={here} other={other} keep={keep} onKeep={setKeep} />}
            <Typography.Text type="secondary">
              合并后，另一条记录的来访、诉求（连同文书、调解卷宗）和查阅记录都归到保留的记录；保留的记录缺的电话、住址、有效身份证号从另一条补上。可以撤销。
            </Typography.Text>
            {failure && <Alert type="error" showIcon message={failure} />}
            <Form form={form} name="mergeVisitors" layout="inline" requiredMark={false} onFinish={(v) => void submit(v)} initialValues={{ reason: '' }}>
              <Form.Item label="合并原因" name="reason" rules={[zodRule(mergeReason)]} style={{ flex: 1 }}>
                <Input placeholder="如：同一人，前次未带身份证" />
              </Form.Item>
              <Button onClick={() => setOtherId(null)}>换一条记录</Button>
              <button type="submit" hidden />
            </Form>
          </Space>
        )}
      </Modal>
    </>
  );
}
