import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Radio, Select, Space, Switch, Tag } from 'antd';
import { categoryInput } from '../../../../shared/schemas/admin';
import { MATTER_KIND_LABELS, timeLimitText } from '../../../../shared/text/labels';
import { MATTER_KINDS, type MatterKind } from '../../../../shared/visit';
import { type RouterOutputs, useTRPC } from '../../api/client';
import { RecordEditor } from '../../forms/RecordEditor';
import { zodRule } from '../../forms/rules';
import { UI } from '../../text';

type Category = RouterOutputs['admin']['categories'][number];

const CATEGORY_UI = { petitionCalendar: '信访事项的办理期限按自然日计算（《信访工作条例》），不能按工作日' } as const;
type CategoryValues = { name: string; kind: MatterKind; timeLimitDays: number; limitBasis: 'calendar' | 'working'; active: boolean };

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
      emptyValues={{ kind: 'dispute', timeLimitDays: 30, limitBasis: 'calendar', active: true }}
      toValues={(c) => ({ name: c.name, kind: c.kind, timeLimitDays: c.timeLimitDays, limitBasis: c.limitBasis, active: c.active })}
      save={async (values, editing) => {
        if (editing) await update.mutateAsync({ id: editing.id, ...values });
        else await create.mutateAsync(values);
        await queryClient.invalidateQueries();
        void message.success(UI.saved);
      }}
      columns={[
        { title: '类别名称', dataIndex: 'name' },
        { title: '事项性质', dataIndex: 'kind', render: (k: MatterKind) => MATTER_KIND_LABELS[k] },
        { title: '办理时限', key: 'limit', render: (_: unknown, c: Category) => timeLimitText(c.timeLimitDays, c.limitBasis) },
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
          <Form.Item label="办理时限" required extra="自受理之日起计算；矛盾纠纷一般 30 日，信访事项 60 日（按自然日）。按自然日计算的期限最后一天是节假日的，顺延至节后第一个工作日。">
            <Space>
              <Form.Item noStyle name="timeLimitDays" rules={[zodRule(categoryInput.shape.timeLimitDays)]}>
                <InputNumber min={1} max={365} precision={0} aria-label="办理时限天数" />
              </Form.Item>
              <Form.Item
                noStyle
                name="limitBasis"
                dependencies={['kind']}
                rules={[({ getFieldValue }) => ({ validator: (_, v) => (getFieldValue('kind') === 'petition' && v === 'working' ? Promise.reject(new Error(CATEGORY_UI.petitionCalendar)) : Promise.resolve()) })]}
              >
                <Radio.Group
                  optionType="button"
                  options={[
                    { value: 'calendar', label: '日（自然日）' },
                    { value: 'working', label: '个工作日' },
                  ]}
                />
              </Form.Item>
            </Space>
          </Form.Item>
          <Form.Item label={UI.status} name="active" valuePropName="checked">
            <Switch checkedChildren={UI.active} unCheckedChildren={UI.inactive} />
          </Form.Item>
        </>
      )}
    />
  );
}
