import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { EXPORT_PASSWORD_MIN, exportPassword } from '../../../shared/schemas/exports';
import { errorMessage } from '../api/errors';
import { showFieldErrors, zodRule } from '../forms/rules';
import { saveFile, XLSX_TYPE } from './saveFile';

interface Props {
  /** The button's words, e.g. 导出台账. */
  label: string;
  /** A name for the dialog's form, unique on the page (its fields' ids derive from it). */
  name: string;
  /** Asks the host for the workbook, sealed with `password` when it is not empty. */
  run: (password: string) => Promise<{ fileName: string; base64: string }>;
  busy: boolean;
}

/**
 * 导出 of a table that names people: a dialog first says so and offers a password (typed twice),
 * with which Excel or WPS will ask before opening the file. Left empty, the file is not sealed. The
 * file says who exported it and when, and the host records the export either way.
 */
export function SealedExport({ label, name, run, busy }: Props) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [form] = Form.useForm<{ password: string; again: string }>();

  async function submit({ password }: { password: string }) {
    setFailure(null);
    try {
      const file = await run(password ?? '');
      if (await saveFile(file.base64, file.fileName, XLSX_TYPE)) void message.success(`已导出 ${file.fileName}${password ? '（已加密码）' : ''}，导出已记录`);
      setOpen(false);
    } catch (err) {
      if (!showFieldErrors(form, err)) setFailure(errorMessage(err));
    }
  }

  return (
    <>
      <Button icon={<DownloadOutlined />} onClick={() => (form.resetFields(), setFailure(null), setOpen(true))}>
        {label}
      </Button>
      <Modal title={label} open={open} okText="导出" cancelText="取消" onOk={() => form.submit()} onCancel={() => setOpen(false)} confirmLoading={busy} forceRender>
        <Typography.Paragraph>表内含个人信息。导出的文件上会写明导出人和导出时间，本次导出会被记录。</Typography.Paragraph>
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
        <Form form={form} name={name} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)} initialValues={{ password: '', again: '' }}>
          <Form.Item label="导出密码" name="password" rules={[zodRule(exportPassword)]} extra={`可选。设了密码，打开文件时须输入；至少 ${EXPORT_PASSWORD_MIN} 位。不设请留空。`}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label="再输入一次"
            name="again"
            dependencies={['password']}
            rules={[({ getFieldValue }) => ({ validator: async (_r, v: string) => {
              if ((v ?? '') !== (getFieldValue('password') ?? '')) throw new Error('两次输入的密码不一致，请重新输入。');
            } })]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <button type="submit" hidden />
        </Form>
      </Modal>
    </>
  );
}
