import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Spin, type FormInstance } from 'antd';
import { useState } from 'react';
import { centreInput } from '../../../../shared/schemas/admin';
import { useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { showFieldErrors, zodRule } from '../../forms/rules';
import { UI } from '../../text';

type CentreValues = { centreName: string; followUpPhone: string; countyCode: string };

/** Names the county a code stands for, so the admin sees at once whether the code is right. */
function CountyName({ form }: { form: FormInstance<CentreValues> }) {
  const trpc = useTRPC();
  const code = Form.useWatch('countyCode', form) ?? '';
  const county = useQuery({ ...trpc.reference.describeCounty.queryOptions({ code }), enabled: /^\d{6}$/.test(code) });
  if (!/^\d{6}$/.test(code)) return UI.settings.countyHint;
  return county.data ? (county.data.name ?? UI.settings.countyUnknown) : ' ';
}

/** 中心信息: the name printed on every paper and the number visitors call to follow up. */
export function CentreTab() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<CentreValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const centre = useQuery(trpc.admin.centre.queryOptions());
  const update = useMutation(trpc.admin.updateCentre.mutationOptions());
  if (centre.isPending) return <Spin />;

  async function submit(values: CentreValues) {
    setFailure(null);
    try {
      await update.mutateAsync({ ...values, followUpPhone: values.followUpPhone ?? '', countyCode: values.countyCode ?? '' });
      await queryClient.invalidateQueries();
      void message.success(UI.saved);
    } catch (err) {
      if (!showFieldErrors(form, err)) setFailure(errorMessage(err));
    }
  }

  return (
    <Form form={form} layout="vertical" style={{ maxWidth: 480 }} initialValues={centre.data} onFinish={submit} requiredMark={false}>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      <Form.Item label={UI.settings.centreName} name="centreName" rules={[zodRule(centreInput.shape.centreName)]}>
        <Input />
      </Form.Item>
      <Form.Item label={UI.settings.followUpPhone} name="followUpPhone" rules={[zodRule(centreInput.shape.followUpPhone)]} extra="印在受理回执上，供群众查询办理进度">
        <Input />
      </Form.Item>
      <Form.Item
        label={UI.settings.countyCode}
        name="countyCode"
        rules={[zodRule(centreInput.shape.countyCode)]}
        extra={<CountyName form={form} />}
      >
        <Input maxLength={6} style={{ width: 160 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={update.isPending}>
        {UI.save}
      </Button>
    </Form>
  );
}
