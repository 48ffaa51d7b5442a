import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../db/schema';

/** How often a document went to paper, and how many of those were 补打: two columns for any query on `document`. */
export function printCounts(eb: ExpressionBuilder<Database, 'document'>) {
  const prints = () => eb.selectFrom('document_print').select((p) => p.fn.countAll<number>().as('n')).whereRef('document_print.document_id', '=', 'document.id');
  return [prints().as('prints'), prints().where('document_print.reprint', '=', 1).as('reprints')] as const;
}
