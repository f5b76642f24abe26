import { CommonErrors, hasPermission, type CallerContext } from '@gov/contracts-common';
import { SuggestionErrors, SupervisionPermissions } from '@gov/contracts-supervision';
import { DomainError } from '@gov/platform';

/** Read every 建议/提案 and the statistics (district and office leaders, 督查室). */
export const SUGGESTIONS_READ = SupervisionPermissions.suggestionsRead;
/** Register, 交办, re-assign, extend, record feedback, withdraw, merge; record on a unit's behalf (督查室). */
export const SUGGESTIONS_MANAGE = SupervisionPermissions.suggestionsManage;
/** A unit's own handling: opinion, reply, contact, return (liaison staff; the service checks the unit). */
export const SUGGESTIONS_HANDLE_OWN = SupervisionPermissions.suggestionsHandleOwn;
/** Edit the deadline rules and the answer categories (督查室 section chief, office leaders). */
export const SUGGESTIONS_CONFIGURE = SupervisionPermissions.suggestionsConfigure;

export type SuggestionAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/**
 * Who sees which suggestions: the office (read or manage) sees all; liaison staff see only the suggestions
 * assigned to their unit (主办, 协办, 会办 or 分办); anyone else none.
 */
export function suggestionAccess(caller: CallerContext): SuggestionAccess {
  if (caller.unitId) return hasPermission(caller, SUGGESTIONS_HANDLE_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, SUGGESTIONS_READ) || hasPermission(caller, SUGGESTIONS_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function requireManage(caller: CallerContext, what: string): void {
  if (caller.unitId || !hasPermission(caller, SUGGESTIONS_MANAGE)) throw new DomainError(CommonErrors.forbidden, `只有督查室可以${what}`);
}

export function requireConfigure(caller: CallerContext): void {
  if (caller.unitId || !hasPermission(caller, SUGGESTIONS_CONFIGURE)) throw new DomainError(CommonErrors.forbidden, '只有督查室负责人可以修改建议提案办理规则');
}

/**
 * The unit a handling step is done for: a liaison acts for their own unit only; 督查室 may record it on a
 * unit's behalf and then names the unit.
 */
export function actingUnit(caller: CallerContext, requested: string | undefined): string {
  if (caller.unitId) {
    if (!hasPermission(caller, SUGGESTIONS_HANDLE_OWN)) throw new DomainError(SuggestionErrors.forbidden, '无权办理建议提案');
    if (requested && requested !== caller.unitId) throw new DomainError(SuggestionErrors.forbidden, '联络员只能办理本单位承办的建议提案');
    return caller.unitId;
  }
  if (!hasPermission(caller, SUGGESTIONS_MANAGE)) throw new DomainError(SuggestionErrors.forbidden, '无权办理建议提案');
  if (!requested) throw new DomainError(CommonErrors.validationFailed, '督查室代为登记时须指明承办单位', [{ field: 'unitId', code: 'isDefined', message: 'unitId：必须填写' }]);
  return requested;
}
