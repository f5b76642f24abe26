import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { hasPermission, type CallerContext } from '@gov/contracts-common';
import {
  ARCHIVE_LEGAL_RULE_CODES,
  ARCHIVE_LEGAL_RULE_LABELS,
  ArchiveLegalRuleErrors,
  ArchiveLegalRuleEvents,
  type AddArchiveLegalRule,
  type ArchiveLegalRuleCode,
  type ArchiveLegalRuleView,
  type ListArchiveLegalRules,
} from '@gov/contracts-document-secretariat';
import { shanghaiDate } from '@gov/calendar';
import { DATA_SOURCE, DomainError, SCHEMA, Transactions, type Tx } from '@gov/platform';
import type { DataSource } from 'typeorm';
import { ruleValueProblems } from './archive-legal-rule-values.js';

export interface RuleRow {
  id: string;
  code: ArchiveLegalRuleCode;
  value: Record<string, unknown>;
  effective_from: string;
  source: string;
  created_by: string;
  created_at: Date;
}

/** Who may change which rule: the archives rules are 档案管理's, the periods 政策法规's; only a section chief or office leader. */
const RULE_PERMISSION: Record<ArchiveLegalRuleCode, string> = {
  'archives.fonds': 'archives:manage',
  'archives.organizations': 'archives:manage',
  'filings.period': 'legal-affairs:manage',
  'agreements.review_period': 'legal-affairs:manage',
};

/**
 * The local rules of archives, filings and agreement reviews: each change is a new row with its effective date and
 * source (the table refuses UPDATE and DELETE); the rule in force on a day is the latest row effective by then.
 */
@Injectable()
export class ArchiveLegalRules {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
    private readonly transactions: Transactions,
  ) {}

  /** The rule in force on `day` (YYYY-MM-DD, default today in 北京时间), or ARCHIVE_RULE.NOT_CONFIGURED. */
  async current(code: ArchiveLegalRuleCode, day = shanghaiDate(new Date()), tx?: Tx): Promise<RuleRow> {
    const [row]: RuleRow[] = await (tx?.manager ?? this.dataSource).query(
      `SELECT id, code, value, to_char(effective_from, 'YYYY-MM-DD') AS effective_from, source, created_by, created_at
         FROM "${this.schema}".archive_legal_rule WHERE code = $1 AND effective_from <= $2::date
        ORDER BY effective_from DESC, created_at DESC LIMIT 1`,
      [code, day],
    );
    if (!row) throw new DomainError(ArchiveLegalRuleErrors.notConfigured, `“${ARCHIVE_LEGAL_RULE_LABELS[code]}”在 ${day} 尚无生效的配置`);
    return row;
  }

  async byId(id: string, tx?: Tx): Promise<RuleRow> {
    const [row]: RuleRow[] = await (tx?.manager ?? this.dataSource).query(
      `SELECT id, code, value, to_char(effective_from, 'YYYY-MM-DD') AS effective_from, source, created_by, created_at FROM "${this.schema}".archive_legal_rule WHERE id = $1`,
      [id],
    );
    if (!row) throw new DomainError(ArchiveLegalRuleErrors.notConfigured, `配置 ${id} 不存在`);
    return row;
  }

  async list(request: ListArchiveLegalRules.Request): Promise<ListArchiveLegalRules.Reply> {
    const rows: RuleRow[] = await this.dataSource.query(
      `SELECT id, code, value, to_char(effective_from, 'YYYY-MM-DD') AS effective_from, source, created_by, created_at
         FROM "${this.schema}".archive_legal_rule WHERE ($1::text IS NULL OR code = $1) ORDER BY code, effective_from DESC, created_at DESC`,
      [request.code ?? null],
    );
    const currentIds = new Set<string>();
    for (const code of ARCHIVE_LEGAL_RULE_CODES) {
      const row = await this.current(code).catch(() => null);
      if (row) currentIds.add(row.id);
    }
    return { items: rows.map((r) => toView(r, currentIds.has(r.id))) };
  }

  async add(request: AddArchiveLegalRule.Request, caller: CallerContext): Promise<ArchiveLegalRuleView> {
    const permission = RULE_PERMISSION[request.code];
    const chief = caller.roles.includes('section_chief') || caller.roles.includes('office_leader');
    if (!hasPermission(caller, permission) || !chief) {
      throw new DomainError(ArchiveLegalRuleErrors.forbidden, `只有具有“${permission}”权限的科长或办公室领导可以修改“${ARCHIVE_LEGAL_RULE_LABELS[request.code]}”`);
    }
    const problems = ruleValueProblems(request.code, request.value);
    if (problems.length) {
      throw new DomainError(
        ArchiveLegalRuleErrors.invalidValue,
        `配置值不正确：${problems.join('；')}`,
        problems.map((message) => ({ field: 'value', code: ArchiveLegalRuleErrors.invalidValue.code, message })),
      );
    }
    return this.transactions.run(async (tx) => {
      const row: RuleRow = {
        id: randomUUID(),
        code: request.code,
        value: request.value,
        effective_from: request.effectiveFrom,
        source: request.source.trim(),
        created_by: caller.username,
        created_at: new Date(),
      };
      await tx.manager.query(
        `INSERT INTO "${this.schema}".archive_legal_rule (id, code, value, effective_from, source, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [row.id, row.code, JSON.stringify(row.value), row.effective_from, row.source, row.created_by, row.created_at],
      );
      const inForce = await this.current(row.code, undefined, tx).catch(() => null);
      const view = toView(row, inForce?.id === row.id);
      await tx.emit(ArchiveLegalRuleEvents.added, view);
      return view;
    });
  }
}

function toView(row: RuleRow, current: boolean): ArchiveLegalRuleView {
  return {
    id: row.id,
    code: row.code,
    label: ARCHIVE_LEGAL_RULE_LABELS[row.code],
    value: row.value,
    effectiveFrom: row.effective_from,
    source: row.source,
    current,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
  };
}
