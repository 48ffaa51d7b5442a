import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Descriptions, Form, InputNumber, Radio, Select, Space, Tag, Tooltip, type FormInstance } from 'antd';
import { PERFORMANCES } from '../../../../shared/mediation';
import { RISK_FLAGS, RISK_LEVELS, type RiskFlag, type RiskLevel } from '../../../../shared/risk';
import { FLOW_ACTION_LABELS, PERFORMANCE_LABELS, PROVISIONAL_DEADLINE, RISK_LEVEL_LABELS, SATISFACTION_LABELS, timeLimitText } from '../../../../shared/text/labels';
import { chinaDateTime, chineseDate } from '../../../../shared/time';
import { SATISFACTIONS, type MatterAction, type REFERRAL_RESULTS } from '../../../../shared/visit';
import { type RouterOutputs, useTRPC } from '../../api/client';
import { useMe } from '../../auth/session';
import { DayInput } from '../../forms/DayInput';
import { PRIMARY_STEPS } from './flowText';
import { StationOption, StationPresence } from './StationPresence';
import { ScreenSignOff } from '../screen/ScreenSignOff';
import { NoteField, ResultField, StepModal, useSteps } from './StepModal';

type Matter = RouterOutputs['matters']['get'];

interface StepValues {
  stationId?: number;
  helperStationIds?: number[];
  result?: (typeof REFERRAL_RESULTS)[number];
  satisfaction?: (typeof SATISFACTIONS)[number];
  days?: number;
  note?: string;
  revisitDue?: string | null;
  performed?: (typeof PERFORMANCES)[number];
  /** 风险研判: 'none' is 未评估 (a radio cannot hold null). */
  level?: RiskLevel | 'none';
  flags?: RiskFlag[];
  /** 签单 on the 访客屏: the visitor's answer, or why the clerk rates instead. */
  screenAnswerId?: number | null;
  selfRatedReason?: string;
}

/** The form of one step: only the fields that step needs. */
function StepFields({ action, stations, matter, form }: { action: MatterAction; stations: { value: number; label: string }[]; matter: Matter; form: FormInstance<StepValues> }) {
  const { today } = useMe();
  const preview = matter.referPreview;
  return (
    <>
      {action === 'refer' && preview && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="refer-deadline"
          message={`办理期限至 ${chineseDate(preview.deadline)}（自受理之日 ${chineseDate(preview.clockFrom)} 起 ${timeLimitText(preview.limitDays, preview.basis)}）`}
          description={preview.provisional ? PROVISIONAL_DEADLINE : undefined}
        />
      )}
      {(action === 'refer' || action === 'reassign') && (
        <>
          <Form.Item label={action === 'refer' ? '承办单位' : '改派至'} name="stationId" rules={[{ required: true, message: '请选择承办单位' }]}>
            <Select showSearch optionFilterProp="label" options={stations} placeholder="选择入驻单位" optionRender={(o) => <StationOption stationId={Number(o.value)} name={String(o.label)} />} />
          </Form.Item>
          <Form.Item noStyle dependencies={['stationId']}>
            {({ getFieldValue }) => <StationPresence stationId={getFieldValue('stationId') as number | undefined} />}
          </Form.Item>
        </>
      )}
      {action === 'refer' && (
        <Form.Item label="协办单位" name="helperStationIds">
          <Select mode="multiple" optionFilterProp="label" options={stations} placeholder="可不选" maxCount={5} />
        </Form.Item>
      )}
      {action === 'result' && <ResultField />}
      {action === 'signOff' && <ScreenSignOff form={form} matterId={matter.id} />}
      {(action === 'signOff' || action === 'revisit') && (
        <Form.Item
          label={action === 'signOff' ? '群众评价' : '回访评价'}
          name="satisfaction"
          rules={[{ required: true, message: '请选择群众评价' }]}
          extra={action === 'signOff' ? '选“不满意”将退回负责人研判' : undefined}
        >
          <Radio.Group options={SATISFACTIONS.map((s) => ({ value: s, label: SATISFACTION_LABELS[s] }))} />
        </Form.Item>
      )}
      {action === 'signOff' && (
        <Form.Item label="回访日期" name="revisitDue" extra="可不填；到期时事项出现在“中心待办”，提醒回访">
          <DayInput min={today} allowClear />
        </Form.Item>
      )}
      {action === 'revisit' && matter.hasMediationFile && (
        <Form.Item label="协议履行情况" name="performed" rules={[{ required: true, message: '请选择协议履行情况' }]} extra="经人民调解的事项，回访记入调解卷宗，统计按此计算履行">
          <Radio.Group options={PERFORMANCES.map((p) => ({ value: p, label: PERFORMANCE_LABELS[p] }))} />
        </Form.Item>
      )}
      {action === 'assessRisk' && (
        <>
          <Form.Item label="风险等级" name="level" extra="红、橙为高风险：在督单和各列表中突出显示">
            <Radio.Group options={[...RISK_LEVELS.map((l) => ({ value: l, label: RISK_LEVEL_LABELS[l] })), { value: 'none', label: '未评估' }]} />
          </Form.Item>
          <Form.Item label="重点领域" name="flags">
            <Checkbox.Group options={RISK_FLAGS.map((f) => ({ value: f, label: f }))} />
          </Form.Item>
        </>
      )}
      {action === 'extend' && (
        <Form.Item label="延长天数" name="days" rules={[{ required: true, message: '请填写延长天数' }]} extra="只能延长一次；信访事项最多 30 天">
          <InputNumber min={1} max={90} precision={0} />
        </Form.Item>
      )}
      <NoteField action={action} />
    </>
  );
}

function DeadlineText({ matter }: { matter: Matter }) {
  const r = matter.referral;
  if (!r) return null;
  const extra = [r.extensionDays ? `已延长 ${r.extensionDays} 天` : '', r.suspendedDays ? `中止 ${r.suspendedDays} 天已补回` : ''].filter(Boolean).join('，');
  return (
    <span data-testid="deadline">
      {chineseDate(r.deadline)}（{timeLimitText(r.limitDays, r.basis)}
      {extra ? `，${extra}` : ''}）
      {r.provisional && (
        <Tooltip title={PROVISIONAL_DEADLINE}>
          <Tag color="gold" style={{ marginLeft: 8 }}>
            暂定
          </Tag>
        </Tooltip>
      )}
      {r.suspendedSince && (
        <Tag color="warning" style={{ marginLeft: 8 }}>
          自 {chineseDate(r.suspendedSince)} 中止，计时暂停
        </Tag>
      )}
    </span>
  );
}

/** 办理: where the matter went, by when, and the steps this person may take now. */
export function FlowPanel({ matter }: { matter: Matter }) {
  const trpc = useTRPC();
  const [form] = Form.useForm<StepValues>();
  const stations = useQuery(trpc.reference.stations.queryOptions());
  const act = useMutation(trpc.flow.act.mutationOptions());
  const stationOptions = (stations.data ?? []).map((s) => ({ value: s.id, label: s.name }));
  const { action, failure, open, submit, close } = useSteps(
    form,
    (step, values) => {
      const level = values.level === 'none' ? null : values.level;
      return act.mutateAsync({ matterId: matter.id, version: matter.version, action: step, ...values, level, note: values.note ?? '' } as never);
    },
    // 风险研判 starts from the matter's present assessment.
    (step) => step === 'assessRisk' && form.setFieldsValue({ level: matter.riskLevel ?? 'none', flags: matter.riskFlags }),
  );

  const r = matter.referral;
  return (
    <Card title="办理" data-testid="flow-panel">
      {r ? (
        <Descriptions
          size="small"
          bordered
          column={2}
          items={[
            { key: 'station', label: '承办单位', children: r.stationName },
            { key: 'helpers', label: '协办单位', children: r.helperStationNames.join('、') || '—' },
            { key: 'referred', label: '派单时间', children: chinaDateTime(r.referredAt) },
            { key: 'received', label: '接收时间', children: r.receivedAt ? chinaDateTime(r.receivedAt) : '尚未接收' },
            { key: 'deadline', label: '办理期限', span: 2, children: <DeadlineText matter={matter} /> },
          ]}
          style={{ marginBottom: 16 }}
        />
      ) : (
        <Alert type="info" showIcon message={matter.status === 'returned' ? '承办单位已退回，请重新派单。' : matter.status === 'accepted' ? '尚未派单。' : '当前没有在办的派单。'} style={{ marginBottom: 16 }} />
      )}
      {matter.revisitDue && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={`已安排 ${chineseDate(matter.revisitDue)} 回访。`} />
      )}
      <Space wrap>
        {matter.allowedActions.map((a) => (
          <Button key={a} type={PRIMARY_STEPS.includes(a) ? 'primary' : 'default'} disabled={act.isPending} onClick={() => open(a)}>
            {FLOW_ACTION_LABELS[a]}
          </Button>
        ))}
        {matter.allowedActions.length === 0 && <span className="hint">您当前没有可办理的操作。</span>}
      </Space>
      <StepModal action={action} code={matter.code} form={form} failure={failure} pending={act.isPending} onFinish={(v) => void submit(v)} onCancel={close}>
        {action && <StepFields action={action} stations={stationOptions} matter={matter} form={form} />}
      </StepModal>
    </Card>
  );
}
