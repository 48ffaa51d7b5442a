import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Card } from 'antd';
import { useState } from 'react';
import { chineseDate } from '../../../shared/time';
import { useTRPC } from '../api/client';
import { useMe } from '../auth/session';
import { DayInput } from '../forms/DayInput';
import { RoleGate } from '../pages/StatusPages';
import { navItem } from '../shell/nav';
import { LocalPrinters } from './LocalPrinters';
import { PaperTable } from './PaperTable';
import { useDeskPrintAgain } from './ReceiptButton';

/** 打印: a day's papers of this counter (today unless another day is chosen), with their states; any can be opened, printed again or voided. */
function DaysDocuments() {
  const trpc = useTRPC();
  const client = useQueryClient();
  const me = useMe();
  const [day, setDay] = useState<string | null>(null);
  const docs = useQuery(trpc.documents.ofDay.queryOptions({ day }));
  const voiding = useMutation(trpc.documents.void.mutationOptions());
  const { printAgain } = useDeskPrintAgain();
  return (
    <Card
      title={day ? `${chineseDate(day)}的文书` : '今日文书'}
      data-testid="todays-documents"
      extra={<DayInput aria-label="文书日期" value={day ?? me.today} max={me.today} onChange={(d) => setDay(d === me.today ? null : d)} />}
    >
      <PaperTable
        rows={docs.data}
        loading={docs.isPending}
        emptyText={day ? '这一天没有文书' : '今天还没有打印文书'}
        actions={{
          pdf: (documentId) => client.fetchQuery(trpc.documents.pdf.queryOptions({ documentId })),
          printAgain,
          voidPaper: (documentId, reason) => voiding.mutateAsync({ documentId, reason }),
        }}
      />
    </Card>
  );
}

export function PrintPage() {
  return (
    <RoleGate roles={navItem('/print').roles}>
      <DaysDocuments />
      <LocalPrinters />
    </RoleGate>
  );
}
