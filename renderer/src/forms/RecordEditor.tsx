import { Alert, Button, Form, Modal, Table, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../api/errors';
import { showFieldErrors } from './rules';
import { UI } from '../text';

interface RecordEditorProps<Row extends { id: number }, Values extends object> {
  rows: Row[] | undefined;
  loading: boolean;
  columns: TableColumnsType<Row>;
  addLabel: string;
  editLabel: string;
  /** Form fields; `editing` is null when adding. */
  fields: (editing: Row | null) => ReactNode;
  toValues: (row: Row) => Values;
  emptyValues: Partial<Values>;
  save: (values: Values, editing: Row | null) => Promise<unknown>;
}

/**
 * A table of records with an add button and an edit action, each opening the same modal form.
 * Errors from the host appear next to their fields, or above the form.
 */
export function RecordEditor<Row extends { id: number }, Values extends object>(props: RecordEditorProps<Row, Values>) {
  const [form] = Form.useForm<Values>();
  const [editing, setEditing] = useState<Row | null>(null);
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  function start(row: Row | null) {
    setEditing(row);
    setFailure(null);
    form.resetFields();
    form.setFieldsValue((row ? props.toValues(row) : props.emptyValues) as Parameters<typeof form.setFieldsValue>[0]);
    setOpen(true);
  }

  async function submit(values: Values) {
    setSaving(true);
    setFailure(null);
    try {
      await props.save(values, editing);
      setOpen(false);
    } catch (err) {
      if (!showFieldErrors(form, err)) setFailure(errorMessage(err));
    } finally {
      setSaving(false);
    }
  }

  const columns: TableColumnsType<Row> = [
    ...props.columns,
    {
      title: UI.actions,
      key: 'actions',
      width: 120,
      render: (_v, row) => (
        <Button type="link" onClick={() => start(row)}>
          {UI.edit}
        </Button>
      ),
    },
  ];

  return (
    <>
      <Button type="primary" onClick={() => start(null)} style={{ marginBottom: 12 }}>
        {props.addLabel}
      </Button>
      <Table<Row> rowKey="id" size="middle" columns={columns} dataSource={props.rows} loading={props.loading} pagination={false} />
      <Modal
        title={editing ? props.editLabel : props.addLabel}
        open={open}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        okText={UI.save}
        cancelText={UI.cancel}
        confirmLoading={saving}
        destroyOnHidden
        forceRender
      >
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)}>
          {props.fields(editing)}
          {/* Enter in any field saves, as the OK button does. */}
          <button type="submit" hidden />
        </Form>
      </Modal>
    </>
  );
}
