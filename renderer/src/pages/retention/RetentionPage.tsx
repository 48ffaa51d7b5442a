import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Empty, Form, InputNumber, Space, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import { RETENTION_FLOOR, RETENTION_KINDS, RETENTION_LABELS, RETENTION_SHORT_LABELS, VIEW_LOG_FLOOR_MONTHS, type RetentionSettings } from '../../../../shared/retention';
import { retentionInput } from '../../../../shared/schemas/retention';
import { chinaDateTime } from '../../../../shared/time';
import { type RouterOutputs, useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useMe } from '../../auth/session';
import { showFieldErrors, zodRule } from '../../forms/rules';
import { navItem } from '../../shell/nav';
import { RoleGate } from '../StatusPages';

type Due = RouterOutputs['retention']['due']['people'][number];

/** 保存期限: the admin sets them (never below the floors); everyone else reads them. */
function Periods({ settings }: { settings: RetentionSettings }) {
  const trpc = useTRPC();
  const me = useMe();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<RetentionSettings>();
  const save = useMutation(trpc.retention.saveSettings.mutationOptions());
  const [failure, setFailure] = useState<string | null>(null);
  const shape = retentionInput.shape;
  if (me.user.role !== 'admin') {
    return (
      <Descriptions
        size="small"
        bordered
        column={2}
        items={[
          ...RETENTION_KINDS.map((k) => ({ key: k, label: RETENTION_LABELS[k], children: `办结后 ${settings.years[k]} 年` })),
          { key: 'views', label: '查阅记录', children: `${settings.viewLogMonths} 个月` },
        ]}
      />
    );
  }
  async function submit(values: RetentionSettings) {
    setFailure(null);
    try {
      await save.mutateAsync(values);
      await queryClient.invalidateQueries();
      void message.success('保存期限已保存，原设置已记入操作日志');
    } catch (err) {
      if (!showFieldErrors(form, err)) setFailure(errorMessage(err));
    }
  }
  return (
    <Form form={form} name="retention" layout="inline" initialValues={settings} onFinish={(v) => void submit(v)} requiredMark={false}>
      {failure && <Alert type="error" showIcon message={failure} style={{ width: '100%', marginBottom: 8 }} />}
      {RETENTION_KINDS.map((k) => (
        <Form.Item key={k} label={RETENTION_LABELS[k]} name={['years', k]} rules={[zodRule(shape.years.shape[k])]} tooltip={`最短 ${RETENTION_FLOOR[k].years} 年：${RETENTION_FLOOR[k].why}`}>
          <InputNumber min={1} max={100} precision={0} addonAfter="年" style={{ width: 110 }} />
        </Form.Item>
      ))}
      <Form.Item label="查阅记录" name="viewLogMonths" rules={[zodRule(shape.viewLogMonths)]} tooltip={`最短 ${VIEW_LOG_FLOOR_MONTHS} 个月：网络安全法第二十一条`}>
        <InputNumber min={1} max={1200} precision={0} addonAfter="个月" style={{ width: 130 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        保存
      </Button>
    </Form>
  );
}

/** 到期待清理: the people whose period ran out, and the supervisor's confirmation. */
function DueList() {
  const trpc = useTRPC();
  const me = useMe();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const due = useQuery(trpc.retention.due.queryOptions());
  const purge = useMutation(trpc.retention.purge.mutationOptions());
  const [picked, setPicked] = useState<number[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  if (due.isPending) return <Spin />;
  if (due.isError) return <Alert type="error" showIcon message={errorMessage(due.error)} />;
  const people = due.data.people;
  const mayPurge = me.user.role === 'supervisor';

  function confirm() {
    modal.confirm({
      title: `确认清理 ${picked.length} 人的个人信息？`,
      content: '姓名只留姓氏（如“张某”），身份证号、电话、详细住址、诉求内容、调解卷宗的文字和文书的 PDF 都将删除，且不能恢复；统计数字、事项编号和文书编号保留。清理前的备份中仍有这些信息，备份按轮换规则到期删除。',
      okText: '确认清理',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        setFailure(null);
        try {
          const done = await purge.mutateAsync({ visitorIds: picked });
          setPicked([]);
          await queryClient.invalidateQueries();
          void message.success(`已清理 ${done.visitors} 人、${done.matters} 件事项、${done.papers} 份文书 PDF，删除过期查阅记录 ${done.looks} 条`);
        } catch (err) {
          setFailure(errorMessage(err));
          await queryClient.invalidateQueries({ queryKey: trpc.retention.due.queryKey() });
        }
      },
    });
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {failure && <Alert type="error" showIcon message={failure} />}
      {due.data.more && <Alert type="info" showIcon message="到期的人较多，这里先列出最早的一批；清理后会列出下一批。" />}
      <Table<Due>
        data-testid="due-people"
        size="small"
        rowKey="visitorId"
        dataSource={people}
        pagination={{ pageSize: 10, showSizeChanger: false, showTotal: (n) => `共 ${n} 人` }}
        locale={{ emptyText: <Empty description="没有到期的个人信息" /> }}
        rowSelection={mayPurge ? { selectedRowKeys: picked, onChange: (keys) => setPicked(keys as number[]) } : undefined}
        columns={[
          { title: '当事人', dataIndex: 'name', width: 120 },
          { title: '身份证号', dataIndex: 'maskedId', width: 190, render: (m: string) => m || '—' },
          { title: '事项', key: 'matters', render: (_v, p) => p.matters.map((m) => `${m.code}（${RETENTION_SHORT_LABELS[m.kind]}，${m.dueOn} 到期）`).join('；') },
        ]}
      />
      {mayPurge ? (
        <Button danger type="primary" disabled={picked.length === 0} loading={purge.isPending} onClick={confirm}>
          清理所选 {picked.length} 人
        </Button>
      ) : (
        <Typography.Text type="secondary">清理须由负责人确认。</Typography.Text>
      )}
    </Space>
  );
}

function PastPurges() {
  const trpc = useTRPC();
  const list = useQuery(trpc.retention.purges.queryOptions());
  return (
    <Table
      data-testid="purges"
      size="small"
      rowKey="id"
      loading={list.isPending}
      dataSource={list.data}
      pagination={false}
      locale={{ emptyText: '还没有清理过' }}
      columns={[
        { title: '时间', dataIndex: 'at', width: 150, render: (at: string) => chinaDateTime(at) },
        { title: '确认人', dataIndex: 'by', width: 90 },
        { title: '当事人', dataIndex: 'visitors', width: 80 },
        { title: '事项', dataIndex: 'matters', width: 70 },
        { title: '文书 PDF', dataIndex: 'papers', width: 90 },
        { title: '过期查阅记录', dataIndex: 'looks', width: 110 },
        { title: '事项编号', dataIndex: 'codes', ellipsis: true, render: (codes: string[]) => codes.join('、') },
      ]}
    />
  );
}

function RetentionView() {
  const trpc = useTRPC();
  const settings = useQuery(trpc.retention.settings.queryOptions());
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title="保存期限" size="small">
        <Typography.Paragraph type="secondary">
          一个人的所有事项都已办结（或不予受理、归档），且每件都已过其保存期限（自最后一次办理算起），又没有法律保留时，其个人信息到期，经负责人确认后清理。
        </Typography.Paragraph>
        {settings.data ? <Periods settings={settings.data} /> : <Spin />}
      </Card>
      <Card title="到期待清理" size="small">
        <DueList />
      </Card>
      <Card title="清理记录" size="small">
        <PastPurges />
      </Card>
    </Space>
  );
}

/** 到期清理: the periods, who is due, the supervisor's 清理 and its record. */
export function RetentionPage() {
  return (
    <RoleGate roles={navItem('/retention').roles}>
      <RetentionView />
    </RoleGate>
  );
}
