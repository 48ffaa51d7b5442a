import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { containsUsername, HAS_USERNAME, passwordSchema, SAME_PASSWORD } from '../../../shared/schemas/auth';
import { useMe } from '../auth/session';
import { useTRPC } from '../api/client';
import { errorMessage } from '../api/errors';
import { showFieldErrors, zodRule } from '../forms/rules';
import { UI } from '../text';

interface PasswordForm {
  oldPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordPage({ mustChange = false }: { mustChange?: boolean }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PasswordForm>();
  const me = useMe();
  const [failure, setFailure] = useState<string | null>(null);
  const change = useMutation(trpc.auth.changePassword.mutationOptions());

  async function submit({ oldPassword, newPassword }: PasswordForm) {
    setFailure(null);
    try {
      await change.mutateAsync({ oldPassword, newPassword });
      form.resetFields();
      void message.success(UI.password.done);
      await queryClient.invalidateQueries();
    } catch (err) {
      if (!showFieldErrors(form, err)) setFailure(errorMessage(err));
    }
  }

  return (
    <Card title={UI.password.title} style={{ maxWidth: 480 }}>
      {mustChange && <Alert type="warning" showIcon message={UI.password.mustChange} style={{ marginBottom: 16 }} />}
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item label={UI.password.old} name="oldPassword" rules={[{ required: true, message: '请填写原密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label={UI.password.new}
          name="newPassword"
          dependencies={['oldPassword']}
          rules={[
            zodRule(passwordSchema),
            ({ getFieldValue }) => ({
              validator: async (_r, value) => {
                if (value && value === getFieldValue('oldPassword')) throw new Error(SAME_PASSWORD);
                if (value && containsUsername(value, me.user.username)) throw new Error(HAS_USERNAME);
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={UI.password.confirm}
          name="confirm"
          dependencies={['newPassword']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_r, value) => {
                if (value !== getFieldValue('newPassword')) throw new Error(UI.password.mismatch);
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {UI.save}
        </Button>
      </Form>
    </Card>
  );
}
