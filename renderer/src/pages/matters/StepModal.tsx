import { Alert, Form, Input, Modal, Radio, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { FLOW_ACTION_LABELS, REFERRAL_RESULT_LABELS } from '../../../../shared/text/labels';
import { REFERRAL_RESULTS, type MatterAction } from '../../../../shared/visit';
import { NOTE_LABELS } from './flowText';

/** The dialog of one step of the loop: its title, what went wrong, and the step's own fields. */
export function StepModal<V extends object>({
  action,
  code,
  form,
  failure,
  pending,
  onFinish,
  onCancel,
  children,
}: {
  action: MatterAction | null;
  code: string;
  form: FormInstance<V>;
  failure: string | null;
  pending: boolean;
  onFinish: (values: V) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <Modal title={action ? `${FLOW_ACTION_LABELS[action]} · ${code}` : ''} open={action !== null} onOk={() => form.submit()} onCancel={onCancel} okText="确定" cancelText="取消" confirmLoading={pending} forceRender>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} role="alert" />}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={onFinish}>
        {children}
      </Form>
    </Modal>
  );
}

/** 办理结果: the station's result, one of the four. */
export function ResultField() {
  return (
    <Form.Item label="办理结果" name="result" rules={[{ required: true, message: '请选择办理结果' }]}>
      <Radio.Group options={REFERRAL_RESULTS.map((r) => ({ value: r, label: REFERRAL_RESULT_LABELS[r] }))} />
    </Form.Item>
  );
}

/** The step's note, named as that step names it, required where the step needs a reason. */
export function NoteField({ action }: { action: MatterAction }) {
  const note = NOTE_LABELS[action];
  if (!note) return null;
  return (
    <Form.Item label={note.label} name="note" rules={note.required ? [{ required: true, whitespace: true, message: `请填写${note.label}` }] : []}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
    </Form.Item>
  );
}
