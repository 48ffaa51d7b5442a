import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Modal, Popconfirm, Space, Spin, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { chinaDateTime, chineseDate } from '../../../../shared/time';
import { type RouterOutputs, useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { HOLIDAYS_UI as T } from './holidaysText';

type HolidayYear = RouterOutputs['calendar']['years'][number];

const shortDay = (day: string) => chineseDate(day).replace(/^\d{4}年/, '');
const dayList = (days: string[]) => (days.length ? days.map(shortDay).join('、') : T.none);

/** 春节 2月16日—2月19日: each holiday once, its days as a span. */
function holidayNames(statutory: HolidayYear['statutory']): string {
  const byName = new Map<string, string[]>();
  for (const h of statutory) byName.set(h.name, [...(byName.get(h.name) ?? []), h.day]);
  return [...byName].map(([name, days]) => `${name} ${days.length === 1 ? shortDay(days[0]!) : `${shortDay(days[0]!)}—${shortDay(days.at(-1)!)}`}`).join('，');
}

/** 设置 → 节假日: each year's source, and the admin's entry of the notice when it comes out. */
export function HolidaysTab() {
  const trpc = useTRPC();
  const years = useQuery(trpc.calendar.years.queryOptions());
  const [editing, setEditing] = useState<HolidayYear | null>(null);
  if (years.isPending) return <Spin />;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {T.intro}
      </Typography.Paragraph>
      {years.data?.map((y) => <YearCard key={y.year} year={y} onEdit={() => setEditing(y)} />)}
      {editing && <EnterDialog year={editing} onClose={() => setEditing(null)} />}
    </Space>
  );
}

function YearCard({ year, onEdit }: { year: HolidayYear; onEdit: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const remove = useMutation(trpc.calendar.remove.mutationOptions());
  return (
    <Card
      size="small"
      data-testid={`holiday-year-${year.year}`}
      title={
        <Space>
          {year.year} 年<Tag color={T.sourceColor[year.source]}>{T.source[year.source]}</Tag>
        </Space>
      }
      extra={
        <Space>
          <Button size="small" onClick={onEdit}>
            {year.source === 'entered' ? T.correct : T.enter}
          </Button>
          {year.source === 'entered' && (
            <Popconfirm
              title={T.removeConfirm(year.year)}
              onConfirm={async () => {
                try {
                  const { moved } = await remove.mutateAsync({ year: year.year });
                  await queryClient.invalidateQueries();
                  void message.success(T.removed(moved));
                } catch (err) {
                  void message.error(errorMessage(err));
                }
              }}
            >
              <Button size="small" danger>
                {T.remove}
              </Button>
            </Popconfirm>
          )}
        </Space>
      }
    >
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={T.statutory}>{holidayNames(year.statutory)}</Descriptions.Item>
        {year.source !== 'package' && <Descriptions.Item label={T.offDays}>{dayList(year.offDays)}</Descriptions.Item>}
        {year.source === 'entered' && <Descriptions.Item label={T.workDays}>{dayList(year.workDays)}</Descriptions.Item>}
        {year.enteredBy && year.enteredAt && <Descriptions.Item label="录入">{T.enteredBy(year.enteredBy, chinaDateTime(year.enteredAt))}</Descriptions.Item>}
      </Descriptions>
    </Card>
  );
}

type Values = { offDays: Dayjs[]; workDays: Dayjs[] };

function EnterDialog({ year, onClose }: { year: HolidayYear; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const enter = useMutation(trpc.calendar.enter.mutationOptions());
  const inYear = { minDate: dayjs(`${year.year}-01-01`), maxDate: dayjs(`${year.year}-12-31`), defaultPickerValue: dayjs(`${year.year}-01-01`) };
  const initial = year.source === 'package' ? year.statutory.map((h) => h.day) : year.offDays;

  async function save(values: Values) {
    setFailure(null);
    try {
      const days = (list: Dayjs[] | undefined) => (list ?? []).map((d) => d.format('YYYY-MM-DD'));
      const { moved } = await enter.mutateAsync({ year: year.year, offDays: days(values.offDays), workDays: days(values.workDays) });
      await queryClient.invalidateQueries();
      void message.success(T.saved(moved));
      onClose();
    } catch (err) {
      // What was picked stays in the dialog: only the message is new.
      setFailure(errorMessage(err));
    }
  }

  return (
    <Modal open title={T.dialogTitle(year.year)} onCancel={onClose} onOk={() => form.submit()} confirmLoading={enter.isPending} okText="保存" cancelText="取消" width={640} destroyOnHidden>
      <Typography.Paragraph type="secondary">{T.dialogNote}</Typography.Paragraph>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={save} initialValues={{ offDays: initial.map((d) => dayjs(d)), workDays: year.workDays.map((d) => dayjs(d)) }}>
        <Form.Item label={T.offDays} name="offDays" extra={T.offHint} rules={[{ required: true, message: '请至少选择一个放假日期' }]}>
          <DatePicker multiple format="YYYY-MM-DD" style={{ width: '100%' }} maxTagCount="responsive" {...inYear} />
        </Form.Item>
        <Form.Item label={T.workDays} name="workDays">
          <DatePicker multiple format="YYYY-MM-DD" style={{ width: '100%' }} placeholder="无调休可不填" {...inYear} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
