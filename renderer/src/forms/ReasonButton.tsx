import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import type { ZodType } from 'zod';
import { errorMessage } from '../api/errors';
import { showFieldErrors, zodRule } from './rules';

interface Props {
  /** The button's words, and the dialog's action (e.g. 撤销合并). */
  label: string;
  title: string;
  /** A name for the dialog's form, unique on the page (its field ids derive from it). */
  name: string;
  /** The reason field's label and the schema the API checks it with. */
  reasonLabel: string;
  reason: ZodType;
  placeholder?: string;
  /** What the step will do, said before the reason is asked. */
  intro?: ReactNode;
  busy: boolean;
  /** Takes the step; the views refresh after it. */
  run: (reason: string) => Promise<unknown>;
  done: string;
  size?: 'small' | 'middle';
}

/**
 * A step that needs a reason (撤销合并, 重新打开, 法律保留): a button, a dialog asking why, the step,
 * and the answer — the host's refusal beside the field or above the form, the typed reason kept.
 */
export function ReasonButton({ label, title, name, reasonLabel, reason, placeholder, intro, busy, run, done, size }: Props) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  async function submit(values: { reason: string }) {
    setFailure(null);
    try {
      await run(values.reason);
      await queryClient.invalidateQueries();
      setOpen(false);
      void message.success(done);
    } catch (err) {
      if (!showFieldErrors(form, err)) setFailure(errorMessage(err));
    }
  }
  return (
    <>
      <Button size={size} onClick={() => (form.resetFields(), setFailure(null), setOpen(true))}>
        {label}
      </Button>
      <Modal title={title} open={open} okText={label} cancelText="取消" onOk={() => form.submit()} onCancel={() => setOpen(false)} confirmLoading={busy} forceRender>
        {intro}
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
        <Form form={form} name={name} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)} initialValues={{ reason: '' }}>
          <Form.Item label={reasonLabel} name="reason" rules={[zodRule(reason)]}>
            <Input placeholder={placeholder} />
          </Form.Item>
          <button type="submit" hidden />
        </Form>
      </Modal>
    </>
  );
}
