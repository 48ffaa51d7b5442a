import { useQuery } from '@tanstack/react-query';
import { Button, Tag, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTRPC } from '../../api/client';
import type { RegisterForm } from '../register/draft';
import { useCounterScreen } from './useCounterScreen';

/** 群众点单: before 登记, what was typed goes to the 访客屏 for the visitor to confirm. */
export function ScreenConfirm({ form }: { form: FormInstance<RegisterForm> }) {
  const trpc = useTRPC();
  const categories = useQuery(trpc.reference.categories.queryOptions());
  const [asked, setAsked] = useState<number | null>(null);
  const screen = useCounterScreen(asked !== null);
  if (!screen.paired) return null;
  const answer = screen.answer?.kind === 'confirm' && screen.answer.seq === asked ? screen.answer : null;

  async function ask() {
    const v = form.getFieldsValue(true) as RegisterForm;
    const person = v.persons?.[0] ?? {};
    const name = (n: number | null | undefined) => categories.data?.find((c) => c.id === n)?.name ?? '';
    const { seq } = await screen.show({
      phase: 'confirm',
      name: person.name ?? '',
      // A phone picked from an earlier visit stays masked: the window never had the whole number.
      phone: person.phone ?? '',
      demands: (v.matters ?? []).slice(0, 5).map((m) => ({ category: m.repeatOf ? '重复访' : name(m.categoryId), content: m.content ?? '' })),
    });
    setAsked(seq);
  }

  return (
    <>
      <Button onClick={() => void ask()}>{asked === null ? '请群众核对' : '再次请群众核对'}</Button>
      {asked !== null && (answer ? <Tag color={answer.confirmed ? 'green' : 'orange'} data-testid="screen-confirmed">{answer.confirmed ? '群众已确认无误' : '群众表示有误，请修改'}</Tag> : <Tag>等待群众核对</Tag>)}
    </>
  );
}
