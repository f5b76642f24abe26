import { Inject, Injectable } from '@nestjs/common';
import type { LocalRuleCode, PeriodRuleValue } from '@gov/contracts-document-secretariat';
import { Columns, DATA_SOURCE, SCHEMA, type Queryable } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface RuleRow {
  id: string;
  code: LocalRuleCode;
  value: Record<string, unknown>;
  effective_from: string;
  source: string;
  created_by: string;
  created_at: Date;
}

const RULE = Columns.named<RuleRow>(['id', 'code', 'value', 'effective_from', 'source', 'created_by', 'created_at'], { value: 'json', effective_from: 'date' });

/** The only place that speaks SQL for the archives and legal-affairs rules (rows are only ever added). */
@Injectable()
export class ArchiveLegalRulesRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  private get table(): string {
    return `"${this.schema}".archive_legal_rule`;
  }

  /** The rule of `code` in force on `day`: the latest row effective by then; null when none is. */
  async inForce(code: LocalRuleCode, day: string, db: Queryable = this.dataSource): Promise<RuleRow | null> {
    const [row] = (await db.query(
      `SELECT ${RULE.select()} FROM ${this.table} WHERE code = $1 AND effective_from <= $2::date ORDER BY effective_from DESC, created_at DESC LIMIT 1`,
      [code, day],
    )) as RuleRow[];
    return row ?? null;
  }

  async byId(id: string, db: Queryable = this.dataSource): Promise<RuleRow | null> {
    const [row] = (await db.query(`SELECT ${RULE.select()} FROM ${this.table} WHERE id = $1`, [id])) as RuleRow[];
    return row ?? null;
  }

  /** Every row (of one code when given), newest effective first. */
  list(code: LocalRuleCode | null): Promise<RuleRow[]> {
    return this.dataSource.query(`SELECT ${RULE.select()} FROM ${this.table} WHERE ($1::text IS NULL OR code = $1) ORDER BY code, effective_from DESC, created_at DESC`, [
      code,
    ]) as Promise<RuleRow[]>;
  }

  async insert(db: Queryable, row: RuleRow): Promise<void> {
    await db.query(...RULE.insert(this.table, row));
  }

  /** The open records of a period table whose period touches `year` (or is provisional), with their rule's value, locked. */
  async openPeriods(
    table: string,
    startColumn: string,
    openStatuses: readonly string[],
    year: number,
    manager: EntityManager,
    statusColumn: 'status' | 'state' = 'status',
  ): Promise<{ id: string; start: string; due_date: string | null; provisional: boolean; value: PeriodRuleValue }[]> {
    return manager.query(
      `SELECT t.id, to_char(t.${startColumn}, 'YYYY-MM-DD') AS start, to_char(t.due_date, 'YYYY-MM-DD') AS due_date, t.provisional, r.value
         FROM "${this.schema}".${table} t JOIN ${this.table} r ON r.id = t.rule_id
        WHERE t.${statusColumn} = ANY($2::text[])
          AND (t.provisional OR extract(year FROM t.${startColumn}) = $1 OR extract(year FROM t.due_date) = $1) FOR UPDATE OF t`,
      [year, openStatuses],
    );
  }

  async redatePeriod(table: string, id: string, due: { dueDate: string | null; provisional: boolean; explanation: string[] }, by: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE "${this.schema}".${table} SET due_date = $2, provisional = $3, due_explanation = $4, version = version + 1, updated_by = $5, updated_at = now() WHERE id = $1`, [
      id,
      due.dueDate,
      due.provisional,
      JSON.stringify(due.explanation),
      by,
    ]);
  }
}
