/** A substring pattern for `ILIKE … ESCAPE '\'`: the text's own `%`, `_` and `\` match literally (Chinese included). */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A condition already written with numbered parameters from `$1` (e.g. a visibility rule), and its values. */
export interface NumberedCondition {
  sql: string;
  params: readonly unknown[];
}

/**
 * The WHERE conditions of a query, joined by AND; the values become numbered parameters (`$1`, `$2`, …) in the order
 * they are added. In a condition's SQL each `?` is a value: with one value every `?` stands for it, with several the
 * n-th `?` for the n-th value, without any the condition is taken as it is.
 */
export class Conditions {
  readonly params: unknown[] = [];
  private readonly conditions: string[] = [];

  /** `first` is a condition numbered from `$1` that comes before all others (e.g. the reader's visibility rule). */
  constructor(first?: NumberedCondition) {
    if (first) {
      this.conditions.push(first.sql);
      this.params.push(...first.params);
    }
  }

  add(sql: string, ...values: unknown[]): this {
    const first = this.params.length + 1;
    this.params.push(...values);
    let n = 0;
    this.conditions.push(values.length === 1 ? sql.replaceAll('?', `$${first}`) : sql.replace(/\?/g, () => `$${first + n++}`));
    return this;
  }

  /** Adds the condition only when the value is given: a list filter left empty (undefined, null, '') filters nothing. */
  when(value: unknown, sql: string): this {
    return value === undefined || value === null || value === '' ? this : this.add(sql, value);
  }

  /** Substring search over the columns (any of them matching), when `q` has any text besides blanks. */
  search(q: string | null | undefined, ...columns: string[]): this {
    const text = q?.trim();
    if (!text) return this;
    return this.add(`(${columns.map((c) => `${c} ILIKE ? ESCAPE '\\'`).join(' OR ')})`, likePattern(text));
  }

  /** The conditions joined by AND, or `true` when there are none: for after a `WHERE` of one's own. */
  get expression(): string {
    return this.conditions.length ? this.conditions.join(' AND ') : 'true';
  }

  /** `WHERE …`, or nothing when there are no conditions. */
  get clause(): string {
    return this.conditions.length ? `WHERE ${this.expression}` : '';
  }

  /** How many parameters are taken: the next free one is `$${count + 1}`. */
  get count(): number {
    return this.params.length;
  }
}
