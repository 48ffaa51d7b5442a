import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DOCUMENT_LABELS } from '../../../../shared/documents';
import type { MediationPaper } from '../../../../shared/schemas/mediation';
import { useTRPC } from '../../api/client';
import { useDeliverPaper, type PrintAgain } from '../../print/deliverPaper';

/** Prints a mediation paper again through the mediation procedures (station staff have no desk ones). */
export function useMediationPrintAgain(): PrintAgain {
  const trpc = useTRPC();
  const printAgain = useMutation(trpc.mediation.printAgain.mutationOptions());
  return (documentId, route) => printAgain.mutateAsync({ documentId, route });
}

/** Issues a paper of the matter's mediation file and puts it on paper; errors go to the caller. */
export function useMediationPaper(matterId: number) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const issue = useMutation(trpc.mediation.issue.mutationOptions());
  const deliver = useDeliverPaper(useMediationPrintAgain());
  async function print(kind: MediationPaper): Promise<void> {
    const doc = await issue.mutateAsync({ matterId, kind });
    await queryClient.invalidateQueries();
    await deliver(doc, `${DOCUMENT_LABELS[kind]} ${doc.number}`, 'a4');
  }
  return { print, pending: issue.isPending };
}
