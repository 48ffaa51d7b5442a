import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { correctMatterInput, type CorrectMatterInput } from '../../../../shared/schemas/visit';
import { type RouterOutputs, useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { showFieldErrors, zodRule } from '../../forms/rules';
import { phoneRules } from '../register/rules';

type Matter = RouterOutputs['matters']['get'];
type Values = Omit<CorrectMatterInput, 'matterId'>;

/** 更正登记: the matter as registered and the visitor's name and contact details, with a reason. */
export function CorrectMatter({ matter }: { matter: Matter }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const categories = useQuery(trpc.reference.categories.queryOptions());
  const correct = useMutation(trpc.visits.correct.mutationOptions());
  const shape = correctMatterInput.shape;

  async function submit(values: Values) {
    setFailure(null);
    try {
      await correct.mutateAsync({ ...values, matterId: matter.id, phone: values.phone ?? '', addressText: values.addressText ?? '' });
      await queryClient.invalidateQueries();
      setOpen(false);
      void message.success('已更正，原内容已记入操作日志');
    } catch (err) {
      if (!showFieldErrors(form, err)) setFailure(errorMessage(err));
    }
  }

  return (
    <>
      <Button onClick={() => (form.resetFields(), setFailure(null), setOpen(true))}>更正</Button>
      <Modal title={`更正登记 ${matter.code}`} open={open} onOk={() => form.submit()} onCancel={() => setOpen(false)} okText="保存更正" cancelText="取消" confirmLoading={correct.isPending} forceRender>
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(v) => void submit(v)}
          initialValues={{ categoryId: matter.categoryId, content: matter.content, visitorName: matter.visitor.name, phone: '', addressText: matter.visitor.addressText, reason: '' }}
        >
          <Form.Item label="诉求类别" name="categoryId" rules={[{ required: true, message: '请选择诉求类别' }]}>
            <Select showSearch optionFilterProp="label" options={categories.data?.map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
          <Form.Item label="诉求内容" name="content" rules={[zodRule(shape.content)]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          <Form.Item label="姓名" name="visitorName" rules={[zodRule(shape.visitorName)]}>
            <Input />
          </Form.Item>
          <Form.Item label="联系电话" name="phone" rules={phoneRules} extra={`现为 ${matter.visitor.maskedPhone || '空'}；不改请留空`}>
            <Input />
          </Form.Item>
          <Form.Item label="详细地址" name="addressText" rules={[zodRule(shape.addressText)]}>
            <Input />
          </Form.Item>
          <Form.Item label="更正原因" name="reason" rules={[zodRule(shape.reason)]}>
            <Input placeholder="如：登记时姓名录错" />
          </Form.Item>
          <button type="submit" hidden />
        </Form>
      </Modal>
    </>
  );
}
