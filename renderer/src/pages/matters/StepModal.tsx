import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Radio, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../../api/errors';
import { showFieldErrors } from '../../forms/rules';
import { FLOW_ACTION_LABELS, REFERRAL_RESULT_LABELS } from '../../../../shared/text/labels';
import { REFERRAL_RESULTS, type MatterAction } from '../../../../shared/visit';
import { NOTE_LABELS, ONE_CLICK_STEPS } from './flowText';

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

/**
 * Taking steps of the loop from buttons: a step with fields opens its dialog, a one-click step
 * (接收, 归档) is taken at once; a refusal is shown in the dialog (on its field when it names one),
 * or said, and what was typed stays. `send` makes the call; `prepare` fills a dialog before it opens.
 */
export function useSteps<V extends object>(form: FormInstance<V>, send: (step: MatterAction, values: V) => Promise<unknown>, prepare: (step: MatterAction) => void = () => {}) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [action, setAction] = useState<MatterAction | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function take(step: MatterAction, values: V): Promise<boolean> {
    setFailure(null);
    try {
      await send(step, values);
      void message.success(`已${FLOW_ACTION_LABELS[step]}`);
      await queryClient.invalidateQueries();
      return true;
    } catch (err) {
      if (!showFieldErrors(form, err)) setFailure(errorMessage(err));
      if (ONE_CLICK_STEPS.includes(step)) void message.error(errorMessage(err));
      return false;
    }
  }

  function open(step: MatterAction) {
    form.resetFields();
    setFailure(null);
    prepare(step);
    if (ONE_CLICK_STEPS.includes(step)) void take(step, {} as V);
    else setAction(step);
  }

  /** The dialog's submit: the step taken, the dialog closed if it was. */
  async function submit(values: V) {
    if (action && (await take(action, values))) setAction(null);
  }

  return { action, failure, open, submit, close: () => setAction(null) };
}
