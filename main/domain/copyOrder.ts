/** A foreign key: `table` refers to `refers`. */
export interface TableReference {
  table: string;
  refers: string;
}

/**
 * The order to copy tables in so that every row's references are already there: a table after
 * each table it refers to. A table that refers to itself (a visitor merged into another) is not
 * held back by that; its copier fills such columns in afterwards. Ties keep the given order, so the
 * same schema always copies the same way. A cycle between tables is a schema this program never
 * makes, and is refused rather than copied half.
 */
export function copyOrder(tables: readonly string[], references: readonly TableReference[]): string[] {
  const needs = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const r of references) if (r.table !== r.refers && needs.has(r.table) && needs.has(r.refers)) needs.get(r.table)!.add(r.refers);
  const done: string[] = [];
  const placed = new Set<string>();
  while (done.length < tables.length) {
    const next = tables.find((t) => !placed.has(t) && [...needs.get(t)!].every((n) => placed.has(n)));
    if (next === undefined) throw new Error(`tables refer to each other in a cycle: ${tables.filter((t) => !placed.has(t)).join(', ')}`);
    placed.add(next);
    done.push(next);
  }
  return done;
}
