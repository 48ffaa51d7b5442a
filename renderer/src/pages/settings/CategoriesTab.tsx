import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Select, Switch, Tag } from 'antd';
import { categoryInput } from '../../../../shared/schemas/admin';
import { MATTER_KIND_LABELS } from '../../../../shared/text/labels';
import { MATTER_KINDS, type MatterKind } from '../../../../shared/visit';
import { type RouterOutputs, useTRPC } from '../../api/client';
import { RecordEditor } from '../../forms/RecordEditor';
import { zodRule } from '../../forms/rules';
import { UI } from '../../text';

type Category = RouterOutputs['admin']['categories'][number];
type CategoryValues = { name: string; kind: MatterKind; timeLimitDays: number; active: boolean };

/** 诉求类别 and their time limits: provinces add their own, and the limits are local practice. */
export function CategoriesTab() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const categories = useQuery(trpc.admin.categories.queryOptions());
  const create = useMutation(trpc.admin.createCategory.mutationOptions());
  const update = useMutation(trpc.admin.updateCategory.mutationOptions());
  return (
    <RecordEditor<Category, CategoryValues>
      rows={categories.data}
      loading={categories.isPending}
      addLabel="新增类别"
      editLabel="编辑类别"
      emptyValues={{ kind: 'dispute', timeLimitDays: 30, active: true }}
      toValues={(c) => ({ name: c.name, kind: c.kind, timeLimitDays: c.timeLimitDays, active: c.active })}
      save={async (values, editing) => {
        if (editing) await update.mutateAsync({ id: editing.id, ...values });
        else await create.mutateAsync(values);
        await queryClient.invalidateQueries();
        void message.success(UI.saved);
      }}
      columns={[
        { title: '类别名称', dataIndex: 'name' },
        { title: '事项性质', dataIndex: 'kind', render: (k: MatterKind) => MATTER_KIND_LABELS[k] },
        { title: '办理时限（天）', dataIndex: 'timeLimitDays' },
        { title: UI.status, dataIndex: 'active', render: (a: boolean) => (a ? <Tag color="green">{UI.active}</Tag> : <Tag>{UI.inactive}</Tag>) },
      ]}
      fields={() => (
        <>
          <Form.Item label="类别名称" name="name" rules={[zodRule(categoryInput.shape.name)]}>
            <Input />
          </Form.Item>
          <Form.Item label="事项性质" name="kind" rules={[{ required: true, message: '请选择事项性质' }]}>
            <Select options={MATTER_KINDS.map((k) => ({ value: k, label: MATTER_KIND_LABELS[k] }))} />
          </Form.Item>
          <Form.Item label="办理时限（天）" name="timeLimitDays" rules={[zodRule(categoryInput.shape.timeLimitDays)]} extra="派单时据此计算期限；矛盾纠纷一般 30 天，信访事项 60 天">
            <InputNumber min={1} max={365} precision={0} />
          </Form.Item>
          <Form.Item label={UI.status} name="active" valuePropName="checked">
            <Switch checkedChildren={UI.active} unCheckedChildren={UI.inactive} />
          </Form.Item>
        </>
      )}
    />
  );
}
