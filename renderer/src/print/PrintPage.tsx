import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Card } from 'antd';
import { useTRPC } from '../api/client';
import { RoleGate } from '../pages/StatusPages';
import { navItem } from '../shell/nav';
import { LocalPrinters } from './LocalPrinters';
import { PaperTable } from './PaperTable';
import { useDeskPrintAgain } from './ReceiptButton';

/** 打印: today's papers of this counter, with their states; any can be opened, printed again or voided. */
function TodaysDocuments() {
  const trpc = useTRPC();
  const client = useQueryClient();
  const docs = useQuery(trpc.documents.ofDay.queryOptions({ day: null }));
  const voiding = useMutation(trpc.documents.void.mutationOptions());
  const { printAgain } = useDeskPrintAgain();
  return (
    <Card title="今日文书" data-testid="todays-documents">
      <PaperTable
        rows={docs.data}
        loading={docs.isPending}
        emptyText="今天还没有打印文书"
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
      <TodaysDocuments />
      <LocalPrinters />
    </RoleGate>
  );
}
