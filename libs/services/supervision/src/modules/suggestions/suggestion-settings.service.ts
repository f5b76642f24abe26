import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, type CallerContext } from '@gov/contracts-common';
import {
  SuggestionErrors,
  SuggestionEvents,
  type AnswerCategoryView,
  type ListAnswerCategories,
  type ListSuggestionRules,
  type SetAnswerCategory,
  type SetSuggestionRule,
  type SuggestionRuleView,
} from '@gov/contracts-supervision';
import { shanghaiDate } from '@gov/calendar';
import { DomainError, Transactions } from '@gov/platform';
import { requireConfigure, suggestionAccess } from './suggestions.policy.js';
import { SuggestionsRepository, type CategoryRow, type RuleRow } from './suggestions.repository.js';
import { categoryInForce, ruleInForce } from './suggestion-rules.js';
import { categoryView, ruleView } from './suggestions.views.js';

const today = (): string => shanghaiDate(new Date());

/**
 * The configuration of 建议提案办理: the deadline rules and the answer categories, each a new version effective from
 * a day not before today (what was assigned or answered keeps the version it had).
 */
@Injectable()
export class SuggestionSettingsService {
  constructor(
    private readonly suggestions: SuggestionsRepository,
    private readonly transactions: Transactions,
  ) {}

  async listRules(request: ListSuggestionRules.Request, caller: CallerContext): Promise<ListSuggestionRules.Reply> {
    if (suggestionAccess(caller).kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看建议提案办理规则');
    const asOf = request.asOf ?? today();
    const all = await this.suggestions.rules();
    const codes = [...new Set(all.map((r) => r.code))];
    return { effective: codes.map((code) => ruleInForce(all, code, asOf)).filter((r): r is RuleRow => !!r).map(ruleView), all: all.map(ruleView) };
  }

  async setRule(request: SetSuggestionRule.Request, caller: CallerContext): Promise<SuggestionRuleView> {
    requireConfigure(caller);
    if (request.effectiveFrom < today()) throw new DomainError(SuggestionErrors.retroactiveRule, '新规则的生效日期不能早于今天：已交办的件保留原规则，规则变更只对生效后交办的件适用');
    if ((request.code === 'reply_months' || request.code === 'max_extended_months' || request.code === 'rehandle_months') && request.unit !== 'months') {
      throw new DomainError(CommonErrors.validationFailed, '答复期限、延期最长期限和重新办理期限以月计', [{ field: 'unit', code: 'isIn', message: 'unit：此规则的单位必须是 months' }]);
    }
    return this.transactions.run(async (tx) => {
      await this.suggestions.lockConfiguration(tx.manager);
      const id = randomUUID();
      await this.suggestions.insertRule(
        { id, code: request.code, amount: request.amount, unit: request.unit, effectiveFrom: request.effectiveFrom, source: request.source.trim(), ruleVersion: 0, createdAt: new Date(), createdBy: caller.username },
        tx.manager,
      );
      const view = ruleView((await this.suggestions.rules(tx.manager)).find((r) => r.id === id) as RuleRow);
      await tx.emit(SuggestionEvents.ruleSet, view);
      return view;
    });
  }

  async listCategories(request: ListAnswerCategories.Request, caller: CallerContext): Promise<ListAnswerCategories.Reply> {
    if (suggestionAccess(caller).kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看答复类别');
    const asOf = request.asOf ?? today();
    const all = await this.suggestions.categories();
    const codes = [...new Set(all.map((c) => c.code))];
    return { effective: codes.map((code) => categoryInForce(all, code, asOf)).filter((c): c is CategoryRow => !!c).map(categoryView), all: all.map(categoryView) };
  }

  async setCategory(request: SetAnswerCategory.Request, caller: CallerContext): Promise<AnswerCategoryView> {
    requireConfigure(caller);
    if (request.effectiveFrom < today()) throw new DomainError(SuggestionErrors.retroactiveRule, '答复类别的生效日期不能早于今天：已答复的件保留原类别');
    if (request.effectiveTo && request.effectiveTo <= request.effectiveFrom) {
      throw new DomainError(CommonErrors.validationFailed, '停用日期须晚于生效日期', [{ field: 'effectiveTo', code: 'min', message: 'effectiveTo：须晚于生效日期' }]);
    }
    return this.transactions.run(async (tx) => {
      await this.suggestions.lockConfiguration(tx.manager);
      const existing = (await this.suggestions.categories(tx.manager)).filter((c) => c.code === request.code);
      const category: CategoryRow = {
        id: randomUUID(),
        code: request.code,
        label: request.label.trim(),
        description: request.description?.trim() || null,
        effectiveFrom: request.effectiveFrom,
        effectiveTo: request.effectiveTo ?? null,
        source: request.source.trim(),
        sortOrder: request.sortOrder ?? 100,
        version: Math.max(0, ...existing.map((c) => c.version)) + 1,
      };
      await this.suggestions.insertCategory(category, caller.username, tx.manager);
      await tx.emit(SuggestionEvents.categorySet, categoryView(category));
      return categoryView(category);
    });
  }
}
