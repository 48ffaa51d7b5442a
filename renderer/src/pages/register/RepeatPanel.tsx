import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Form, Spin, Tag, Typography, type FormInstance } from 'antd';
import { useTRPC } from '../../api/client';
import { useDebounced } from '../../forms/useDebounced';
import { VisitorCard, type MatterBrief, type VisitorSummary } from '../../visitors/VisitorCard';
import type { RegisterForm } from './draft';

/** The strongest key typed so far: an ID number, else a phone, else a name (or its pinyin). */
function lookupKey(person: RegisterForm['persons'][number] | undefined): string {
  const id = (person?.idNumber ?? '').trim();
  if (id.length >= 6) return id;
  const phone = (person?.phone ?? '').replace(/\D/g, '');
  if (phone.length >= 7) return phone;
  return (person?.name ?? '').trim();
}

interface RepeatPanelProps {
  form: FormInstance<RegisterForm>;
  onPickVisitor: (visitor: VisitorSummary) => void;
  onLinkMatter: (visitor: VisitorSummary, matter: MatterBrief) => void;
}

/**
 * 历史来访: as soon as an ID number, phone or name is typed, earlier visits of matching people,
 * so the clerk sees at once who came before, about what, and what became of it.
 */
export function RepeatPanel({ form, onPickVisitor, onLinkMatter }: RepeatPanelProps) {
  const trpc = useTRPC();
  const person = Form.useWatch(['persons', 0], { form, preserve: true });
  const linked = new Set((Form.useWatch('matters', { form, preserve: true }) ?? []).map((m) => m?.repeatOf).filter(Boolean));
  const pickedId = person?.visitorId ?? null;
  const query = useDebounced(pickedId ? '' : lookupKey(person), 250);
  const found = useQuery({ ...trpc.visits.lookup.queryOptions({ query }), enabled: query.length > 0, placeholderData: (prev) => prev });
  // Once picked, the person's own record stays in view: their history and the link to an earlier matter.
  const picked = useQuery({ ...trpc.visits.visitor.queryOptions({ id: pickedId ?? 0 }), enabled: pickedId !== null });

  const linkAction = (v: VisitorSummary) => (m: MatterBrief) =>
    m.status === 'declined' ? null : (
      <Button size="small" type="link" disabled={linked.has(m.id)} onClick={() => onLinkMatter(v, m)}>
        {linked.has(m.id) ? '已关联' : '关联为重复访'}
      </Button>
    );

  if (pickedId !== null)
    return (
      <Card title="历史来访" size="small" className="repeat-panel" data-testid="repeat-panel">
        {picked.data ? (
          <>
            <Typography.Paragraph type="success" strong>
              已确认是此人。本次反映的是以前的事项的，请点“关联为重复访”；是新事项的，直接在左边填写。
            </Typography.Paragraph>
            <VisitorCard visitor={picked.data} actions={<Tag color="green">已选定</Tag>} matterAction={linkAction(picked.data)} />
          </>
        ) : (
          <Spin />
        )}
      </Card>
    );

  return (
    <Card title="历史来访" size="small" className="repeat-panel" data-testid="repeat-panel">
      {query.length === 0 ? (
        <Typography.Text type="secondary">输入身份证号、电话或姓名（可用拼音首字母，如 zs）后，这里显示此人以前的来访和诉求。</Typography.Text>
      ) : found.isPending ? (
        <Spin />
      ) : found.data && found.data.length > 0 ? (
        <>
          <Typography.Paragraph type="warning" strong>
            找到 {found.data.length} 位曾来访的人，请核对是否同一人：
          </Typography.Paragraph>
          {found.data.map((v) => (
            <VisitorCard
              key={v.id}
              visitor={v}
              actions={
                <Button size="small" onClick={() => onPickVisitor(v)}>
                  是此人
                </Button>
              }
              matterAction={linkAction(v)}
            />
          ))}
        </>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有找到以前的来访记录" />
      )}
    </Card>
  );
}
