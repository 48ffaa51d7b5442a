import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Checkbox, Form, Input, Radio, Select, Switch, Tag } from 'antd';
import { STATION_KINDS, type StationKind } from '../../../../shared/roles';
import { ATTENDANCE, WEEKDAYS, type Attendance } from '../../../../shared/attendance';
import { counterInput, stationInput } from '../../../../shared/schemas/admin';
import { ATTENDANCE_LABELS, attendanceText, STATION_KIND_LABELS, WEEKDAY_LABELS } from '../../../../shared/text/labels';
import { type RouterOutputs, useTRPC } from '../../api/client';
import { RecordEditor } from '../../forms/RecordEditor';
import { zodRule } from '../../forms/rules';
import { UI } from '../../text';
import { useMe } from '../../auth/session';

type Outputs = RouterOutputs['admin'];
type Counter = Outputs['counters'][number];
type Station = Outputs['stations'][number];

const T = UI.settings;

const activeColumn = {
  title: UI.status,
  dataIndex: 'active',
  render: (a: boolean) => (a ? <Tag color="green">{UI.active}</Tag> : <Tag>{UI.inactive}</Tag>),
};

const activeField = (
  <Form.Item label={UI.status} name="active" valuePropName="checked">
    <Switch checkedChildren={UI.active} unCheckedChildren={UI.inactive} />
  </Form.Item>
);

type CounterValues = { name: string; active: boolean; receiptPrinter: string; a4Printer: string };

/** A printer of the host's system, or none (the window prints the PDF itself). */
function PrinterSelect({ printers, value, onChange, label }: { printers: string[]; value?: string; onChange?: (v: string) => void; label: string }) {
  // A printer that has gone from the system stays visible, so the admin sees what to replace.
  const names = value && !printers.includes(value) ? [value, ...printers] : printers;
  return (
    <Select
      aria-label={label}
      value={value ?? ''}
      onChange={onChange}
      options={[{ value: '', label: T.noPrinter }, ...names.map((p) => ({ value: p, label: printers.includes(p) ? p : `${p}（${T.printerMissing}）` }))]}
    />
  );
}

/** 窗口: the counters of the hall where visitors are registered, and the printers each one uses. */
export function CountersTab() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const counters = useQuery(trpc.admin.counters.queryOptions());
  const printers = useQuery(trpc.admin.printers.queryOptions());
  const printerNames = printers.data ?? [];
  const create = useMutation(trpc.admin.createCounter.mutationOptions());
  const update = useMutation(trpc.admin.updateCounter.mutationOptions());
  return (
    <RecordEditor<Counter, CounterValues>
      rows={counters.data}
      loading={counters.isPending}
      addLabel={T.addCounter}
      editLabel={T.editCounter}
      emptyValues={{ active: true, receiptPrinter: '', a4Printer: '' }}
      toValues={(c) => ({ name: c.name, active: c.active, receiptPrinter: c.receiptPrinter, a4Printer: c.a4Printer })}
      save={async (values, editing) => {
        if (editing) await update.mutateAsync({ id: editing.id, ...values });
        else await create.mutateAsync(values);
        await queryClient.invalidateQueries({ queryKey: trpc.admin.counters.queryKey() });
        void message.success(UI.saved);
      }}
      columns={[
        { title: T.counterName, dataIndex: 'name' },
        { title: T.receiptPrinter, dataIndex: 'receiptPrinter', render: (p: string) => p || T.windowPrints },
        { title: T.a4Printer, dataIndex: 'a4Printer', render: (p: string) => p || T.windowPrints },
        activeColumn,
      ]}
      fields={() => (
        <>
          <Form.Item label={T.counterName} name="name" rules={[zodRule(counterInput.shape.name)]}>
            <Input />
          </Form.Item>
          <Form.Item label={T.receiptPrinter} name="receiptPrinter" extra={printerNames.length === 0 ? T.noSystemPrinters : T.printerHint}>
            <PrinterSelect printers={printerNames} label={T.receiptPrinter} />
          </Form.Item>
          <Form.Item label={T.a4Printer} name="a4Printer">
            <PrinterSelect printers={printerNames} label={T.a4Printer} />
          </Form.Item>
          {activeField}
        </>
      )}
    />
  );
}

type StationValues = { name: string; kind: StationKind; phone: string; active: boolean; shortName: string; attendance: Attendance; rotationDays: number[]; contactPerson: string; centreArea: string };

/** 入驻单位: the stations matters are referred to. */
export function StationsTab() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const stations = useQuery(trpc.admin.stations.queryOptions());
  const create = useMutation(trpc.admin.createStation.mutationOptions());
  const update = useMutation(trpc.admin.updateStation.mutationOptions());
  const inCounty = useMe().area !== null;
  return (
    <RecordEditor<Station, StationValues>
      rows={stations.data}
      loading={stations.isPending}
      addLabel={T.addStation}
      editLabel={T.editStation}
      emptyValues={{ kind: 'other', phone: '', active: true, shortName: '', attendance: 'resident', rotationDays: [], contactPerson: '', centreArea: '' }}
      toValues={(s) => ({ name: s.name, kind: s.kind, phone: s.phone, active: s.active, shortName: s.shortName, attendance: s.attendance, rotationDays: s.rotationDays, contactPerson: s.contactPerson, centreArea: s.centreArea })}
      save={async (values, editing) => {
        const input = { ...values, phone: values.phone ?? '', shortName: values.shortName ?? '', rotationDays: values.rotationDays ?? [], contactPerson: values.contactPerson ?? '', centreArea: values.centreArea ?? '' };
        if (editing) await update.mutateAsync({ id: editing.id, ...input });
        else await create.mutateAsync(input);
        await queryClient.invalidateQueries({ queryKey: trpc.admin.stations.queryKey() });
        void message.success(UI.saved);
      }}
      columns={[
        { title: T.stationName, dataIndex: 'name', render: (name: string, s: Station) => (s.centreArea ? <>{name} <Tag color="blue">{`${T.centreArea} ${s.centreArea}`}</Tag></> : name) },
        { title: T.stationKind, dataIndex: 'kind', render: (k: StationKind) => STATION_KIND_LABELS[k] },
        { title: T.attendance, render: (_: unknown, s: Station) => attendanceText(s.attendance, s.rotationDays) },
        { title: T.phone, render: (_: unknown, s: Station) => [s.contactPerson, s.phone].filter(Boolean).join(' ') },
        activeColumn,
      ]}
      fields={() => (
        <>
          <Form.Item label={T.stationName} name="name" rules={[zodRule(stationInput.shape.name)]}>
            <Input />
          </Form.Item>
          <Form.Item label={T.stationKind} name="kind" rules={[{ required: true, message: '请选择单位类别' }]}>
            <Select options={STATION_KINDS.map((k) => ({ value: k, label: STATION_KIND_LABELS[k] }))} />
          </Form.Item>
          {inCounty && (
            <Form.Item label={T.centreArea} name="centreArea" rules={[zodRule(stationInput.shape.centreArea)]} extra={T.centreAreaHint}>
              <Input inputMode="numeric" maxLength={9} style={{ width: 160 }} placeholder="如 140828" />
            </Form.Item>
          )}
          <Form.Item label={T.phone} name="phone" rules={[zodRule(stationInput.shape.phone)]}>
            <Input />
          </Form.Item>
          <Form.Item label={T.shortName} name="shortName" rules={[zodRule(stationInput.shape.shortName)]} extra={T.shortNameHint}>
            <Input />
          </Form.Item>
          <Form.Item label={T.attendance} name="attendance" extra={T.attendanceHint}>
            <Radio.Group options={ATTENDANCE.map((a) => ({ value: a, label: ATTENDANCE_LABELS[a] }))} />
          </Form.Item>
          <Form.Item noStyle dependencies={['attendance']}>
            {({ getFieldValue }) =>
              getFieldValue('attendance') === 'rotating' ? (
                <Form.Item label={T.rotationDays} name="rotationDays" rules={[{ required: true, type: 'array', min: 1, message: '轮驻的单位请选择在厅的星期几' }]}>
                  <Checkbox.Group options={WEEKDAYS.map((d) => ({ value: d, label: WEEKDAY_LABELS[d] }))} />
                </Form.Item>
              ) : getFieldValue('attendance') === 'on_call' ? (
                <Form.Item label={T.contactPerson} name="contactPerson" rules={[{ required: true, whitespace: true, message: '随叫随驻的单位请填写联系人，派单时按此召集' }, zodRule(stationInput.shape.contactPerson)]}>
                  <Input />
                </Form.Item>
              ) : null
            }
          </Form.Item>
          {activeField}
        </>
      )}
    />
  );
}
