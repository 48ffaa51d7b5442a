import type { TestApi } from './testHost';

/**
 * What a clerk does at closing time in tests that let days pass: explains whatever does not add up
 * (tests seldom print receipts) and closes the counter's day.
 */
export async function closeTheDay(api: TestApi, note = '测试：受理时未打印回执'): Promise<void> {
  const sheet = await api.dayClose.sheet.query({});
  if (sheet.state === 'closed' || sheet.state === 'idle') return;
  for (const d of sheet.reconciliation.discrepancies) if (d.explanation === null) await api.dayClose.explain.mutate({ day: sheet.day, item: d.item, note });
  await api.dayClose.close.mutate({ day: sheet.day });
}
