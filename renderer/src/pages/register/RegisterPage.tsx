import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Form, InputNumber, Row, Select, Space, Switch, Tag } from 'antd';
import { useRef, useState } from 'react';
import { isCollective } from '../../../../shared/schemas/visit';
import { VISIT_CHANNEL_LABELS } from '../../../../shared/text/labels';
import { chinaDateTime } from '../../../../shared/time';
import { COLLECTIVE_THRESHOLD, VISIT_CHANNELS } from '../../../../shared/visit';
import { useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useMe } from '../../auth/session';
import { enterMovesOn } from '../../forms/enterMovesOn';
import { showFieldErrors } from '../../forms/rules';
import { navItem } from '../../shell/nav';
import type { MatterBrief, VisitorSummary } from '../../visitors/VisitorCard';
import { RoleGate } from '../StatusPages';
import { CompanionRows } from './CompanionRows';
import { DraftStore, EMPTY_FORM, newIdempotencyKey, toRegisterInput, type RegisterForm } from './draft';
import { MatterList } from './MatterList';
import { PersonFields } from './PersonFields';
import { Registered, type RegisteredVisit } from './Registered';
import { IntakePaused } from './IntakePaused';
import { RepeatPanel } from './RepeatPanel';

/** A village code `140828203200` as the picker's path: town, then village. */
function addressPath(code: string | null): string[] | undefined {
  if (!code) return undefined;
  return code.length > 9 ? [code.slice(0, 9), code] : [code];
}

function RegisterForm() {
  const trpc = useTRPC();
  const me = useMe();
  const [store] = useState(() => new DraftStore(`desk.draft.${me.user.id}.${me.counter?.id ?? 0}`));
  const [draft] = useState(() => store.load());
  const [form] = Form.useForm<RegisterForm>();
  const key = useRef(draft?.idempotencyKey ?? newIdempotencyKey());
  const [restoredAt, setRestoredAt] = useState(draft ? draft.savedAt : null);
  const [failure, setFailure] = useState<string | null>(null);
  const [result, setResult] = useState<RegisteredVisit | null>(null);
  const register = useMutation(trpc.visits.register.mutationOptions());
  const headcount = Form.useWatch('headcount', { form, preserve: true }) ?? 1;
  const collective = isCollective(headcount);

  const saveDraft = () => store.save(form.getFieldsValue(true) as RegisterForm, key.current);

  function startOver() {
    store.clear();
    key.current = newIdempotencyKey();
    form.resetFields();
    form.setFieldsValue(structuredClone(EMPTY_FORM));
    setRestoredAt(null);
    setFailure(null);
    setResult(null);
  }

  async function submit() {
    // All values, also those without a field of their own (a picked visitor, a linked matter).
    const values = form.getFieldsValue(true) as RegisterForm;
    setFailure(null);
    saveDraft();
    try {
      const registered = await register.mutateAsync(toRegisterInput(values, key.current));
      store.clear();
      setResult(registered);
    } catch (err) {
      showFieldErrors(form, err);
      setFailure(errorMessage(err));
    }
  }

  function pickVisitor(v: VisitorSummary) {
    const typed = form.getFieldValue(['persons', 0]) as RegisterForm['persons'][number];
    form.setFieldValue(['persons', 0], {
      visitorId: v.id,
      pickedMaskedId: v.maskedId || undefined,
      name: v.name,
      idType: v.idType,
      idNumber: '',
      sex: v.sex,
      birthDate: v.birthDate,
      ethnicity: v.ethnicity ?? typed?.ethnicity,
      phone: typed?.phone ?? '',
      addressPath: addressPath(v.addressCode),
      addressText: v.addressText,
    });
    saveDraft();
  }

  function linkMatter(v: VisitorSummary, m: MatterBrief) {
    if (form.getFieldValue(['persons', 0, 'visitorId']) !== v.id) pickVisitor(v);
    const matters = (form.getFieldValue('matters') as RegisterForm['matters']) ?? [];
    const linked = { repeatOf: m.id, repeatLabel: `${m.code} ${m.categoryName}（${chinaDateTime(m.openedAt).slice(0, 10)}）`, decision: 'accept' as const, content: '' };
    const first = matters[0];
    const firstIsBlank = matters.length === 1 && first && !first.repeatOf && !first.categoryId && !first.content;
    form.setFieldValue('matters', firstIsBlank ? [linked] : [...matters, linked]);
    saveDraft();
  }

  function forgetPicked() {
    form.setFieldValue(['persons', 0, 'visitorId'], null);
    form.setFieldValue(['persons', 0, 'pickedMaskedId'], undefined);
    saveDraft();
  }

  if (result) return <Registered result={result} onNext={startOver} />;

  return (
    <Row gutter={16} wrap={false}>
      <Col flex="auto">
        <Card
          title="来访登记"
          extra={
            <Space>
              {collective && <Tag color="red">集体访</Tag>}
              <Button onClick={startOver}>清空</Button>
            </Space>
          }
        >
          <IntakePaused />
          {restoredAt && (
            <Alert type="info" showIcon closable style={{ marginBottom: 12 }} message={`已恢复未提交的登记（保存于 ${chinaDateTime(restoredAt)}），核对后可直接登记。`} />
          )}
          <div onKeyDownCapture={enterMovesOn}>
            <Form<RegisterForm>
              form={form}
              layout="vertical"
              requiredMark={false}
              initialValues={draft?.values ?? structuredClone(EMPTY_FORM)}
              onValuesChange={saveDraft}
              onFinish={submit}
              scrollToFirstError
              className="register-form"
            >
              <Row gutter={12}>
                <Col span={6}>
                  <Form.Item label="来访方式" name="channel">
                    <Select options={VISIT_CHANNELS.map((c) => ({ value: c, label: VISIT_CHANNEL_LABELS[c] }))} />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item label="来访人数" name="headcount" rules={[{ required: true, type: 'integer', min: 1, max: 9999, message: '来访人数应为 1–9999 的整数' }]}>
                    <InputNumber min={1} max={9999} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item label="是否代理" name="isProxy" valuePropName="checked">
                    <Switch checkedChildren="代理" unCheckedChildren="本人" />
                  </Form.Item>
                </Col>
              </Row>
              {collective && (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginBottom: 12 }}
                  message={`来访 ${headcount} 人，超过 ${COLLECTIVE_THRESHOLD} 人，按集体访登记：请群众推选不超过 5 名代表，并登记代表信息。`}
                />
              )}
              <PersonFields form={form} onForget={forgetPicked} />
              <CompanionRows form={form} collective={collective} />
              <MatterList form={form} />
              {failure && <Alert type="error" showIcon role="alert" style={{ marginTop: 16 }} message={failure} />}
              <Space style={{ marginTop: 16 }}>
                <Button type="primary" htmlType="submit" size="large" loading={register.isPending} disabled={register.isPending}>
                  登记
                </Button>
                <span className="hint">回车跳到下一项；在“登记”按钮上按回车提交。填写内容自动保存在本机。</span>
              </Space>
            </Form>
          </div>
        </Card>
      </Col>
      <Col flex="380px">
        <RepeatPanel form={form} onPickVisitor={pickVisitor} onLinkMatter={linkMatter} />
      </Col>
    </Row>
  );
}

export function RegisterPage() {
  return (
    <RoleGate roles={navItem('/register').roles}>
      <RegisterForm />
    </RoleGate>
  );
}
