import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, List, Radio, Space, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { MAX_GRID_PHOTOS } from '../../../../shared/grid';
import { RISK_LEVELS, type RiskLevel } from '../../../../shared/risk';
import { gridFields } from '../../../../shared/schemas/grid';
import { GRID_STATUS_LABELS, RISK_LEVEL_SHORT } from '../../../../shared/text/labels';
import { useTRPC } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useMe } from '../../auth/session';
import { DayInput } from '../../forms/DayInput';
import { showFieldErrors, zodRule } from '../../forms/rules';
import { newIdempotencyKey } from '../register/draft';
import { RiskTag } from '../matters/RiskTag';
import { GRID_TEXT as T } from './gridText';
import { shrinkPhoto } from './shrinkPhoto';

interface GridForm {
  gridName: string;
  place: string;
  foundOn: string;
  partyName: string;
  partyPhone: string;
  content: string;
  riskLevel: RiskLevel | 'none';
}

const rule = (field: keyof typeof gridFields.shape) => [zodRule(gridFields.shape[field])];

/** What was typed stays on the phone until the host has it; the 网格 is remembered for the next report. */
function useGridDraft(userId: number) {
  const key = `desk.grid.${userId}`;
  const load = (): { values: Partial<GridForm>; idempotencyKey: string } | null => {
    try {
      return JSON.parse(localStorage.getItem(key) ?? 'null') as { values: Partial<GridForm>; idempotencyKey: string } | null;
    } catch {
      return null;
    }
  };
  return {
    load,
    save: (values: Partial<GridForm>, idempotencyKey: string) => localStorage.setItem(key, JSON.stringify({ values, idempotencyKey })),
    clear: (keepGrid: string) => localStorage.setItem(key, JSON.stringify({ values: { gridName: keepGrid }, idempotencyKey: newIdempotencyKey() })),
  };
}

/** 网格上报 on the 网格员's phone: who, where, what, photos, risk; then their own reports. */
export function GridReportPage() {
  const trpc = useTRPC();
  const { today, user } = useMe();
  const queryClient = useQueryClient();
  const draft = useGridDraft(user.id);
  const [saved] = useState(() => draft.load());
  const key = useRef(saved?.idempotencyKey ?? newIdempotencyKey());
  const [form] = Form.useForm<GridForm>();
  const [photos, setPhotos] = useState<{ base64: string; preview: string }[]>([]);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const submit = useMutation(trpc.grid.submit.mutationOptions());
  const mine = useQuery(trpc.grid.mine.queryOptions());

  async function addPhotos(files: FileList | null) {
    setPhotoError(null);
    for (const file of Array.from(files ?? [])) {
      if (photos.length >= MAX_GRID_PHOTOS) {
        setPhotoError(`照片最多 ${MAX_GRID_PHOTOS} 张`);
        break;
      }
      const shrunk = await shrinkPhoto(file);
      if ('error' in shrunk) setPhotoError(shrunk.error);
      else setPhotos((p) => (p.length < MAX_GRID_PHOTOS ? [...p, shrunk] : p));
    }
    if (fileInput.current) fileInput.current.value = '';
  }

  async function send(values: GridForm) {
    setFailure(null);
    setSent(null);
    try {
      const r = await submit.mutateAsync({ ...values, riskLevel: values.riskLevel === 'none' ? null : values.riskLevel, idempotencyKey: key.current, photos: photos.map((p) => p.base64) });
      draft.clear(values.gridName);
      key.current = newIdempotencyKey();
      form.resetFields();
      form.setFieldsValue({ gridName: values.gridName, foundOn: today, riskLevel: 'none' });
      setPhotos([]);
      setSent(r.code);
      void queryClient.invalidateQueries({ queryKey: trpc.grid.mine.queryKey() });
      window.scrollTo({ top: 0 });
    } catch (err) {
      showFieldErrors(form, err);
      setFailure(errorMessage(err));
    }
  }

  return (
    <div className="grid-page">
      <Card size="small" title={T.phoneTitle}>
        <Typography.Paragraph type="secondary" className="grid-hint">
          {T.phoneHint}
        </Typography.Paragraph>
        {sent && <Alert type="success" showIcon message={T.sent(sent)} style={{ marginBottom: 12 }} role="status" />}
        <Form<GridForm>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ foundOn: today, riskLevel: 'none', ...saved?.values }}
          onValuesChange={(_, all) => draft.save(all, key.current)}
          onFinish={(v) => void send(v)}
          scrollToFirstError
        >
          <Form.Item label={T.gridName} name="gridName" rules={rule('gridName')}>
            <Input size="large" autoComplete="off" />
          </Form.Item>
          <Form.Item label={T.place} name="place" rules={rule('place')}>
            <Input size="large" placeholder={T.placeHolder} />
          </Form.Item>
          <Form.Item label={T.foundOn} name="foundOn" rules={[{ required: true, message: '请选择发现日期' }]}>
            <DayInput width="100%" max={today} aria-label={T.foundOn} />
          </Form.Item>
          <Form.Item label={T.partyName} name="partyName" rules={rule('partyName')}>
            <Input size="large" placeholder={T.partyHolder} />
          </Form.Item>
          <Form.Item label={T.partyPhone} name="partyPhone" rules={rule('partyPhone')}>
            <Input size="large" inputMode="tel" />
          </Form.Item>
          <Form.Item label={T.content} name="content" rules={rule('content')}>
            <Input.TextArea rows={4} placeholder={T.contentHolder} maxLength={2000} showCount />
          </Form.Item>
          <Form.Item label={T.risk} name="riskLevel">
            <Radio.Group optionType="button" buttonStyle="solid" options={[...RISK_LEVELS.map((l) => ({ value: l, label: RISK_LEVEL_SHORT[l] })), { value: 'none', label: T.riskNone }]} />
          </Form.Item>
          <Form.Item label={`${T.photos}（${T.photoCount(photos.length, MAX_GRID_PHOTOS)}）`}>
            <Space wrap>
              {photos.map((p, i) => (
                <div key={i} className="grid-thumb">
                  <img src={p.preview} alt={`照片 ${i + 1}`} />
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label={`删除照片 ${i + 1}`} onClick={() => setPhotos((all) => all.filter((_, j) => j !== i))} />
                </div>
              ))}
              {photos.length < MAX_GRID_PHOTOS && (
                <Button icon={<CameraOutlined />} size="large" onClick={() => fileInput.current?.click()}>
                  {T.addPhoto}
                </Button>
              )}
            </Space>
            <input ref={fileInput} type="file" accept="image/*" multiple style={{ display: 'none' }} data-testid="grid-photo-input" onChange={(e) => void addPhotos(e.target.files)} />
            {photoError && <Alert type="error" showIcon message={photoError} style={{ marginTop: 8 }} role="alert" />}
          </Form.Item>
          {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} role="alert" />}
          <Button type="primary" htmlType="submit" size="large" block loading={submit.isPending}>
            {T.submit}
          </Button>
        </Form>
      </Card>
      <Card size="small" title={T.mine} style={{ marginTop: 12 }}>
        <List
          locale={{ emptyText: T.noneYet }}
          dataSource={mine.data ?? []}
          renderItem={(r) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <Space size={4} wrap>
                    <span>{r.code}</span>
                    <Tag color={r.status === 'registered' ? 'green' : r.status === 'dismissed' ? 'default' : 'blue'}>{GRID_STATUS_LABELS[r.status]}</Tag>
                    <RiskTag level={r.riskLevel} short />
                  </Space>
                }
                description={`${r.foundOn} · ${r.place} · ${r.partyName}${r.matterCode ? ` · 事项 ${r.matterCode}` : ''}${r.dismissReason ? ` · ${r.dismissReason}` : ''}`}
              />
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}
