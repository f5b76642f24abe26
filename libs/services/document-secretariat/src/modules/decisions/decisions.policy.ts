import { hasPermission, type CallerContext } from '@gov/contracts-common';
import {
  CommonDocumentErrors,
  DECISION_STAGE_LABELS,
  DECISION_STATUS_LABELS,
  DocumentSecretariatPermissions,
  type DecisionStage,
} from '@gov/contracts-document-secretariat';
import { DomainError } from '@gov/platform';
import { PRE_DECISION_STAGES } from './decision-stages.js';
import type { DecisionRow } from './decisions.repository.js';

/** 重大行政决策 are run by 文秘科 (政策法规科): the permission that lets a caller change them. */
export const LEGAL_AFFAIRS_MANAGE = DocumentSecretariatPermissions.legalAffairsManage;

export const NOT_FOUND = { spec: CommonDocumentErrors.notFound, detail: '决策事项不存在或无权查看' };

export function assertVersion(row: DecisionRow, expectedVersion: number): void {
  if (row.version !== expectedVersion) {
    throw new DomainError(CommonDocumentErrors.versionConflict, `决策事项已被他人修改（当前版本 ${row.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
  }
}

export function assertOpen(row: DecisionRow, stage: DecisionStage): void {
  const postDecision = !PRE_DECISION_STAGES.includes(stage);
  if (row.status === 'withdrawn' || (!postDecision && (row.status === 'decided' || row.status === 'rejected'))) {
    throw new DomainError(CommonDocumentErrors.invalidState, `当前状态“${DECISION_STATUS_LABELS[row.status]}”不能办理“${DECISION_STAGE_LABELS[stage]}”`);
  }
}

export function assertManager(caller: CallerContext): void {
  if (!hasPermission(caller, LEGAL_AFFAIRS_MANAGE)) throw new DomainError(CommonDocumentErrors.forbidden, '只有文秘科（政策法规科）可以办理重大行政决策程序');
}

export function assertCleared(secrecyLevel: number, caller: CallerContext): void {
  if (secrecyLevel > caller.clearance) throw new DomainError(CommonDocumentErrors.secrecyAboveClearance, '不能登记高于本人涉密等级的事项');
}
