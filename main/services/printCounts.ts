import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../db/schema';

const printsOf = (eb: ExpressionBuilder<Database, 'document'>) =>
  eb.selectFrom('document_print').select((p) => p.fn.countAll<number>().as('n')).whereRef('document_print.document_id', '=', 'document.id');

/** How often a document went to paper: a column for any query on `document`. */
export const printCount = (eb: ExpressionBuilder<Database, 'document'>) => printsOf(eb).as('prints');

/** How many of those prints were 补打. */
export const reprintCount = (eb: ExpressionBuilder<Database, 'document'>) => printsOf(eb).where('document_print.reprint', '=', 1).as('reprints');
