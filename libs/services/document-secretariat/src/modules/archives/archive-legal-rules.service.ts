import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { hasPermission, type CallerContext } from '@gov/contracts-common';
import {
  ARCHIVE_LEGAL_RULE_LABELS,
  isArchiveLegalRuleCode,
  LOCAL_RULE_CODES,
  ArchiveLegalRuleErrors,
  ArchiveLegalRuleEvents,
  type AddArchiveLegalRule,
  type ArchiveLegalRuleView,
  type LocalRuleCode,
  type LocalRuleView,
  type ListArchiveLegalRules,
  DocumentSecretariatPermissions,
} from '@gov/contracts-document-secretariat';
import { shanghaiDate } from '@gov/calendar';
import { DomainError, Transactions, type Tx } from '@gov/platform';
import { ArchiveLegalRulesRepository, type RuleRow } from './archive-legal-rules.repository.js';
import { ruleValueProblems } from './archive-legal-rule-values.js';

export type { RuleRow } from './archive-legal-rules.repository.js';

/** Who may change which rule: the archives rules are 档案管理's, the periods 政策法规's, the 请示 time limit 文秘科's; only a section chief or office leader. */
const RULE_PERMISSION: Record<LocalRuleCode, string> = {
  'archives.fonds': DocumentSecretariatPermissions.archivesManage,
  'archives.organizations': DocumentSecretariatPermissions.archivesManage,
  'filings.period': DocumentSecretariatPermissions.legalAffairsManage,
  'agreements.review_period': DocumentSecretariatPermissions.legalAffairsManage,
  'requests.handling_period': DocumentSecretariatPermissions.documentsProcess,
};

/**
 * The local rules of archives, filings and agreement reviews: each change is a new row with its effective date and
 * source (the table refuses UPDATE and DELETE); the rule in force on a day is the latest row effective by then.
 */
@Injectable()
export class ArchiveLegalRules {
  constructor(
    private readonly rules: ArchiveLegalRulesRepository,
    private readonly transactions: Transactions,
  ) {}

  /** The rule in force on `day` (YYYY-MM-DD, default today in 北京时间), or ARCHIVE_RULE.NOT_CONFIGURED. */
  async current(code: LocalRuleCode, day = shanghaiDate(new Date()), tx?: Tx): Promise<RuleRow> {
    const row = await this.rules.inForce(code, day, tx?.manager);
    if (!row) throw new DomainError(ArchiveLegalRuleErrors.notConfigured, `“${ARCHIVE_LEGAL_RULE_LABELS[code]}”在 ${day} 尚无生效的配置`);
    return row;
  }

  async byId(id: string, tx?: Tx): Promise<RuleRow> {
    const row = await this.rules.byId(id, tx?.manager);
    if (!row) throw new DomainError(ArchiveLegalRuleErrors.notConfigured, `配置 ${id} 不存在`);
    return row;
  }

  async list(request: ListArchiveLegalRules.Request): Promise<ListArchiveLegalRules.Reply> {
    const rows = await this.rules.list(request.code ?? null);
    const currentIds = new Set<string>();
    for (const code of LOCAL_RULE_CODES) {
      const row = await this.current(code).catch(() => null);
      if (row) currentIds.add(row.id);
    }
    return { items: rows.map((r) => toView(r, currentIds.has(r.id))) };
  }

  async add(request: AddArchiveLegalRule.Request, caller: CallerContext): Promise<LocalRuleView> {
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
      await this.rules.insert(tx.manager, row);
      const inForce = await this.current(row.code, undefined, tx).catch(() => null);
      const view = toView(row, inForce?.id === row.id);
      // The released event's `code` enum names the archive and legal-affairs rules only (the 请示 time limit concerns no consumer).
      if (isArchiveLegalRuleCode(view.code)) await tx.emit<ArchiveLegalRuleView>(ArchiveLegalRuleEvents.added, { ...view, code: view.code });
      return view;
    });
  }
}

function toView(row: RuleRow, current: boolean): LocalRuleView {
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
