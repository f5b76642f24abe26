import type { ErrorSpec } from '@gov/contracts-common';
import { DomainError, type Tx } from '@gov/platform';

/** What a versioned record's conflict says: its error and its name in the message (`计划`, `督办事项`, …). */
export interface VersionConflict {
  error: ErrorSpec;
  what: string;
}

/** The record is still at the version the client holds (from If-Match); otherwise the change is refused. */
export function assertVersion(actual: number, expected: number, conflict: VersionConflict): void {
  if (actual !== expected) throw new DomainError(conflict.error, `${conflict.what}已被他人修改（当前版本 ${actual}，您提交的版本 ${expected}），请刷新后重试`);
}

/**
 * The end of every step on a versioned record, in the step's transaction: the new version saved where nobody saved
 * one since (a concurrent save is a conflict), then its history line, then its events through the outbox.
 */
export async function commitStep(
  tx: Tx,
  step: { save: () => Promise<boolean>; conflict: VersionConflict; history: () => Promise<void>; events: readonly (readonly [subject: string, data: unknown])[] },
): Promise<void> {
  if (!(await step.save())) throw new DomainError(step.conflict.error, `${step.conflict.what}已被他人修改，请刷新后重试`);
  await step.history();
  for (const [subject, data] of step.events) await tx.emit(subject, data);
}
