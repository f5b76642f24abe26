/**
 * Order of 件 within the lowest class before numbering (DA/T 22—2015: within a class, by 事由 (matter), then by time):
 * documents of one matter stay together, the matters in the order their earliest document appears, and within a
 * matter by date; ties keep the order given.
 */
export interface NumberingCandidate {
  matter?: string | null;
  documentDate: string;
}

export function orderForNumbering<T extends NumberingCandidate>(items: readonly T[]): T[] {
  const key = (item: T) => item.matter?.trim() || '';
  const firstDate = new Map<string, string>();
  for (const item of items) {
    const k = key(item);
    const seen = firstDate.get(k);
    if (!seen || item.documentDate < seen) firstDate.set(k, item.documentDate);
  }
  const matterOrder = [...firstDate.entries()].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)).map(([k]) => k);
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const ma = matterOrder.indexOf(key(a.item));
      const mb = matterOrder.indexOf(key(b.item));
      if (ma !== mb) return ma - mb;
      if (a.item.documentDate !== b.item.documentDate) return a.item.documentDate < b.item.documentDate ? -1 : 1;
      return a.index - b.index;
    })
    .map(({ item }) => item);
}
