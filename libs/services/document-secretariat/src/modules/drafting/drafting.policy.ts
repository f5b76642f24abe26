import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { CommonDocumentErrors, DocumentSecretariatPermissions, DraftingErrors } from '@gov/contracts-document-secretariat';
import { DomainError } from '@gov/platform';
import type { TaskRow } from './drafting.repository.js';

/** 文稿起草 and the research plan are kept by 秘书一科/二科. */
export const DRAFTING_WRITE = DocumentSecretariatPermissions.draftingWrite;

export const TASK_NOT_FOUND = { spec: CommonDocumentErrors.notFound, detail: '文稿不存在或无权查看' };
export const TOPIC_NOT_FOUND = { spec: CommonDocumentErrors.notFound, detail: '调研课题不存在或无权查看' };

/** The author, or the staff of the secretary sections (drafting:write). */
export function assertMayHandle(row: TaskRow, caller: CallerContext): void {
  if (row.author_user_id !== caller.userId && !hasPermission(caller, DRAFTING_WRITE)) throw new DomainError(DraftingErrors.notAuthor, '只有起草人或秘书科可以办理该文稿');
}

/** The leader the text is for, or a secretary recording the leader's decision. */
export function assertLeaderOrWriter(row: TaskRow, caller: CallerContext): void {
  if (row.leader_user_id !== caller.userId && !hasPermission(caller, DRAFTING_WRITE)) throw new DomainError(DraftingErrors.notAuthor, '只有文稿所服务的领导或秘书科可以定稿或退回');
}

export function assertWriter(caller: CallerContext): void {
  if (!hasPermission(caller, DRAFTING_WRITE)) throw new DomainError(CommonDocumentErrors.forbidden, '只有秘书一科、秘书二科可以布置起草任务和调研计划');
}

export function assertCleared(secrecyLevel: number, caller: CallerContext): void {
  if (secrecyLevel > caller.clearance) throw new DomainError(CommonDocumentErrors.secrecyAboveClearance, '不能登记高于本人涉密等级的记录');
}

export function assertVersion(current: number, expected: number): void {
  if (current !== expected) throw new DomainError(CommonDocumentErrors.versionConflict, `记录已被他人修改（当前版本 ${current}，您提交的版本 ${expected}），请刷新后重试`);
}

/** Author, leader and reviewers see the text they work on, whatever their section (within their clearance). */
export function participants(row: TaskRow): string[] {
  return [...new Set([row.author_user_id, row.leader_user_id, ...row.reviewers.map((r) => r.userId)])];
}
