import { PrinterOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Space, Switch } from 'antd';
import { useState } from 'react';
import { PERFORMANCES } from '../../../../shared/mediation';
import { revisitRecordInput } from '../../../../shared/schemas/mediation';
import { PERFORMANCE_LABELS, SATISFACTION_LABELS } from '../../../../shared/text/labels';
import { SATISFACTIONS } from '../../../../shared/visit';
import { type RouterOutputs, useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useMe } from '../../auth/session';
import { DayInput } from '../../forms/DayInput';
import { showFieldErrors, zodRule } from '../../forms/rules';
import { MEDIATION_UI as T } from './mediationText';
import { useMediationPaper } from './useMediationPaper';

type MediationFile = RouterOutputs['mediation']['get'];
const rules = revisitRecordInput.shape;

/** 回访: was the agreement carried out, what the parties say, and whether a court confirmed it. */
export function RevisitCard({ file }: { file: MediationFile }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [failure, setFailure] = useState<string | null>(null);
  const save = useMutation(trpc.mediation.saveRevisit.mutationOptions());
  const paper = useMediationPaper(file.matterId);
  const me = useMe();

  async function saveRevisit(): Promise<boolean> {
    setFailure(null);
    try {
      await save.mutateAsync({ ...(await form.validateFields()), matterId: file.matterId });
      await queryClient.invalidateQueries({ queryKey: trpc.mediation.get.queryKey({ matterId: file.matterId }) });
      return true;
    } catch (err) {
      if (err instanceof Error && !showFieldErrors(form, err)) setFailure(errorMessage(err));
      return false;
    }
  }

  async function printRevisit() {
    if (!(await saveRevisit())) return;
    try {
      await paper.print('revisit_record');
    } catch (err) {
      setFailure(errorMessage(err));
    }
  }

  return (
    <Card title={T.revisit} data-testid="revisit">
      {!file.saved && <Alert type="info" showIcon message={T.revisitNeedsFile} />}
      {file.saved && (
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={file.revisit ?? { revisitedOn: me.today, revisitedBy: file.mediator, judicialConfirmed: false, note: '' }}
          onFinish={() => void saveRevisit().then((ok) => ok && message.success(T.revisitSaved))}
        >
          {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
          <Row gutter={16}>
            <Col span={5}>
              <Form.Item label={T.revisitedOn} name="revisitedOn" rules={[zodRule(rules.revisitedOn)]}>
                <DayInput width="100%" aria-label={T.revisitedOn} max={me.today} />
              </Form.Item>
            </Col>
            <Col span={5}>
              <Form.Item label={T.performed} name="performed" rules={[zodRule(rules.performed)]}>
                <Select options={PERFORMANCES.map((p) => ({ value: p, label: PERFORMANCE_LABELS[p] }))} />
              </Form.Item>
            </Col>
            <Col span={5}>
              <Form.Item label={T.satisfaction} name="satisfaction" rules={[zodRule(rules.satisfaction)]}>
                <Select options={SATISFACTIONS.map((s) => ({ value: s, label: SATISFACTION_LABELS[s] }))} />
              </Form.Item>
            </Col>
            <Col span={5}>
              <Form.Item label={T.revisitedBy} name="revisitedBy" rules={[zodRule(rules.revisitedBy)]}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item label={T.judicial} name="judicialConfirmed" valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label={T.revisitNote} name="note" rules={[zodRule(rules.note)]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          <Space>
            <Button htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
              {T.saveRevisit}
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => void printRevisit()} loading={paper.pending}>
              {T.printRevisit}
            </Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}
