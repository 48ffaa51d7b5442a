import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Switch, Tag } from 'antd';
import { line } from '../../../../shared/schemas/common';
import { zodRule } from '../../forms/rules';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { isCollective } from '../../../../shared/schemas/visit';
import { VISIT_CHANNEL_LABELS } from '../../../../shared/text/labels';
import { chinaDateTime } from '../../../../shared/time';
import { COLLECTIVE_THRESHOLD, FOUND_CHANNELS, VISIT_CHANNELS } from '../../../../shared/visit';
import { useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useMe } from '../../auth/session';
import { enterMovesOn } from '../../forms/enterMovesOn';
import { showFieldErrors } from '../../forms/rules';
import { navItem } from '../../shell/nav';
import type { MatterBrief, VisitorSummary } from '../../visitors/VisitorCard';
import { RoleGate } from '../StatusPages';
import { CompanionButton, CompanionRows } from './CompanionRows';
import { DraftStore, EMPTY_FORM, formFromGridReport, newIdempotencyKey, toRegisterInput, typedPhone, type RegisterForm } from './draft';
import { GRID_TEXT } from '../grid/gridText';
import { MatterList } from './MatterList';
import { PersonFields } from './PersonFields';
import { Registered, type RegisteredVisit } from './Registered';
import { IntakePaused, useIntake } from './IntakePaused';
import { RepeatPanel } from './RepeatPanel';
import { CardReader } from './CardReader';
import { ScreenConfirm } from '../screen/ScreenConfirm';

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
  const intake = useIntake();
  /** What 清空 threw away, until the clerk types on: 撤销 brings it back. */
  const [cleared, setCleared] = useState<{ values: RegisterForm; key: string } | null>(null);
  /** The photo of the card just read, for the clerk to compare with the face before them (not kept here). */
  const [cardPhoto, setCardPhoto] = useState<string | null>(null);

  function startOver() {
    setCardPhoto(null);
    store.clear();
    key.current = newIdempotencyKey();
    form.resetFields();
    form.setFieldsValue(structuredClone(EMPTY_FORM));
    setRestoredAt(null);
    setFailure(null);
    setResult(null);
    setCleared(null);
  }

  function clearForm() {
    const values = form.getFieldsValue(true) as RegisterForm;
    const previousKey = key.current;
    startOver();
    setCleared({ values, key: previousKey });
  }

  function undoClear() {
    if (!cleared) return;
    key.current = cleared.key;
    form.setFieldsValue(cleared.values);
    saveDraft();
    setCleared(null);
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
      // The record keeps its birth date; the window is sent only the year (see VisitorSummary).
      birthDate: null,
      ethnicity: v.ethnicity ?? typed?.ethnicity,
      // A number typed before picking wins; otherwise the one on file, masked, stands (and stays on file).
      phone: typed?.phone || v.maskedPhone,
      pickedMaskedPhone: v.maskedPhone || undefined,
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
    const person = form.getFieldValue(['persons', 0]) as RegisterForm['persons'][number];
    form.setFieldValue(['persons', 0], {
      ...person,
      visitorId: null,
      pickedMaskedId: undefined,
      pickedMaskedPhone: undefined,
      phone: typedPhone(person),
    });
    // The earlier matters linked for that person are not this one's.
    const matters = (form.getFieldValue('matters') as RegisterForm['matters']).filter((m) => !m.repeatOf);
    form.setFieldValue('matters', matters.length ? matters : [{ decision: 'accept' }]);
    saveDraft();
  }

  // 受理登记 from 网格上报: the report fills the form; what was typed before can be brought back (撤销).
  const location = useLocation();
  const navigate = useNavigate();
  const fromGrid = (location.state as { fromGrid?: Parameters<typeof formFromGridReport>[0] } | null)?.fromGrid;
  useEffect(() => {
    if (!fromGrid) return;
    const values = form.getFieldsValue(true) as RegisterForm;
    const typed = values.persons?.some((p) => p.name || p.idNumber) || values.matters?.some((m) => m.content || m.repeatOf);
    if (typed) clearForm();
    else startOver();
    form.setFieldsValue(formFromGridReport(fromGrid));
    saveDraft();
    navigate(location.pathname, { replace: true, state: null });
    // Once per arrival from 网格上报.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fromGrid]);
  const gridReport = Form.useWatch('gridReport', { form, preserve: true });

  if (result) return <Registered result={result} onNext={startOver} />;

  return (
    // Enter moves on across the whole page; the action bar comes after the side panel, so Tab reaches 是此人 and 关联 before 登记.
    <div onKeyDownCapture={enterMovesOn} className="register-page">
      <Row gutter={16} wrap={false}>
        <Col flex="auto">
          <Card
            size="small"
            title="来访登记"
            extra={
              <Space>
                {collective && <Tag color="red">集体访</Tag>}
                <CardReader form={form} onFilled={() => (saveDraft(), setCleared(null))} onPhoto={setCardPhoto} />
                <Button size="small" onClick={clearForm}>
                  清空
                </Button>
              </Space>
            }
          >
            <IntakePaused />
            {gridReport && <Alert type="info" showIcon style={{ marginBottom: 8 }} message={GRID_TEXT.fromGrid(gridReport.code, gridReport.who)} data-testid="from-grid" />}
            {cleared && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 8 }}
                message="已清空填写的内容。"
                action={
                  <Button size="small" onClick={undoClear}>
                    撤销
                  </Button>
                }
              />
            )}
            {restoredAt && (
              <Alert type="info" showIcon closable style={{ marginBottom: 8 }} message={`已恢复未提交的登记（保存于 ${chinaDateTime(restoredAt)}），核对后可直接登记。`} />
            )}
            <Form<RegisterForm>
              form={form}
              name="register"
              layout="vertical"
              requiredMark={false}
              initialValues={draft?.values ?? structuredClone(EMPTY_FORM)}
              onValuesChange={() => (saveDraft(), setCleared(null))}
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
                <Col span={5}>
                  <Form.Item label="来访人数" name="headcount" rules={[{ required: true, type: 'integer', min: 1, max: 9999, message: '来访人数应为 1–9999 的整数' }]}>
                    <InputNumber min={1} max={9999} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  <Form.Item label="是否代理" name="isProxy" valuePropName="checked">
                    <Switch checkedChildren="代理" unCheckedChildren="本人" />
                  </Form.Item>
                </Col>
                <Col span={9} className="register-companions">
                  <CompanionButton collective={collective} />
                </Col>
              </Row>
              <Form.Item noStyle dependencies={['channel']}>
                {() =>
                  FOUND_CHANNELS.includes(form.getFieldValue('channel')) && (
                    <Row gutter={12}>
                      <Col span={15}>
                        <Form.Item label="发现地点" name="foundPlace" rules={[zodRule(line('发现地点', 100))]}>
                          <Input placeholder="在哪里排查发现，如：东村三组" />
                        </Form.Item>
                      </Col>
                      <Col span={9}>
                        <Form.Item label="发现人" name="foundBy" rules={[zodRule(line('发现人', 30))]}>
                          <Input placeholder="排查人或网格员" />
                        </Form.Item>
                      </Col>
                    </Row>
                  )
                }
              </Form.Item>
              {collective && (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginBottom: 8 }}
                  message={`来访 ${headcount} 人，超过 ${COLLECTIVE_THRESHOLD} 人，按集体访登记：请群众推选不超过 5 名代表，并登记代表信息。`}
                />
              )}
              <PersonFields form={form} onForget={forgetPicked} />
              <CompanionRows form={form} collective={collective} />
              <MatterList form={form} />
            </Form>
          </Card>
        </Col>
        <Col flex="360px">
          {cardPhoto && (
            <Alert
              type="info"
              style={{ marginBottom: 8 }}
              icon={<img src={cardPhoto} alt="证件照片" width={51} height={63} className="card-photo" />}
              showIcon
              closable
              onClose={() => setCardPhoto(null)}
              message="证件照片：请与来访人本人核对。"
            />
          )}
          <RepeatPanel form={form} onPickVisitor={pickVisitor} onLinkMatter={linkMatter} />
        </Col>
      </Row>
      <div className="register-actions">
        {failure && <Alert type="error" showIcon role="alert" message={failure} className="register-failure" />}
        <Button type="primary" htmlType="submit" form="register" size="large" loading={register.isPending} disabled={register.isPending || !intake.open}>
          登记
        </Button>
        <ScreenConfirm form={form} />
        <span className="hint">{intake.open ? '回车跳到下一项；在“登记”按钮上按回车提交。填写内容自动保存在本机。' : '本窗口暂停登记，填写的内容会保留。'}</span>
      </div>
    </div>
  );
}

export function RegisterPage() {
  return (
    <RoleGate roles={navItem('/register').roles}>
      <RegisterForm />
    </RoleGate>
  );
}
