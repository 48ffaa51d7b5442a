import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Popconfirm, Space, Tag } from 'antd';
import { useState } from 'react';
import { holdInput } from '../../../../shared/schemas/retention';
import { chinaDateTime } from '../../../../shared/time';
import { useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useMe } from '../../auth/session';
import { showFieldErrors, zodRule } from '../../forms/rules';

/**
 * 法律保留 on a matter: its person is kept past the period while it stands. The supervisor sets and
 * releases it (with a reason); the admin sees it.
 */
export function MatterHolds({ matterId }: { matterId: number }) {
  const trpc = useTRPC();
  const me = useMe();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const holds = useQuery(trpc.retention.holds.queryOptions({ matterId }));
  const hold = useMutation(trpc.retention.hold.mutationOptions());
  const release = useMutation(trpc.retention.releaseHold.mutationOptions());
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const mayHold = me.user.role === 'supervisor';

  async function submit({ reason }: { reason: string }) {
    setFailure(null);
    try {
      await hold.mutateAsync({ matterId, reason });
      await queryClient.invalidateQueries({ queryKey: trpc.retention.holds.queryKey({ matterId }) });
      setOpen(false);
      void message.success('已设法律保留：到期也不会清理，直到解除');
    } catch (err) {
      if (!showFieldErrors(form, err)) setFailure(errorMessage(err));
    }
  }

  return (
    <Space size={4}>
      {holds.data?.map((h) => (
        <Tag key={h.id} color="gold" title={`${chinaDateTime(h.setAt)} ${h.setBy}：${h.reason}`}>
          法律保留
          {mayHold && (
            <Popconfirm
              title="解除法律保留？"
              description="解除后，期限已过的个人信息会列入到期清理。"
              okText="解除"
              cancelText="取消"
              onConfirm={async () => {
                try {
                  await release.mutateAsync({ holdId: h.id });
                  await queryClient.invalidateQueries({ queryKey: trpc.retention.holds.queryKey({ matterId }) });
                } catch (err) {
                  void message.error(errorMessage(err));
                }
              }}
            >
              <Button type="link" size="small">
                解除
              </Button>
            </Popconfirm>
          )}
        </Tag>
      ))}
      {mayHold && holds.data?.length === 0 && (
        <Button onClick={() => (form.resetFields(), setFailure(null), setOpen(true))}>法律保留</Button>
      )}
      <Modal title="法律保留" open={open} okText="设为保留" cancelText="取消" onOk={() => form.submit()} onCancel={() => setOpen(false)} confirmLoading={hold.isPending} forceRender>
        <p>保留期间，本事项当事人的个人信息即使过了保存期限也不清理。用于诉讼、复查、可能再次信访等仍需案卷的情形。</p>
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
        <Form form={form} name="matterHold" layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)} initialValues={{ reason: '' }}>
          <Form.Item label="保留原因" name="reason" rules={[zodRule(holdInput.shape.reason)]}>
            <Input placeholder="如：当事人已起诉，案卷待法院调取" />
          </Form.Item>
          <button type="submit" hidden />
        </Form>
      </Modal>
    </Space>
  );
}
