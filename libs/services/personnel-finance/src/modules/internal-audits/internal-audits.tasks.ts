import type { TaskChange, WaitingStep } from '@gov/platform';
import type { InternalAuditRow } from './internal-audits.repository.js';

/**
 * What an audit waits on, in 财务科's 待办: each finding not yet verified, from the day it is recorded until its 核查, with
 * its rectification due date (the 待办 turns red when it passes). Nothing once the audit is closed or withdrawn.
 */
export function internalAuditTasks(row: InternalAuditRow): WaitingStep[] {
  if (row.status !== 'fieldwork' && row.status !== 'reported') return [];
  const link = `/personnel-finance/internal-audits/${row.id}`;
  return row.findings
    .filter((f) => f.status !== 'verified')
    .map((f) => ({
      step: `rectification-${f.id}`,
      kind: 'internal_audit_rectification' as const,
      title: `内部审计整改（${row.unitName} 问题 ${f.sequence}）：${f.requirement}`,
      assignee: { type: 'role' as const, id: 'section_staff' },
      section: 'caiwu',
      deadline: { date: f.dueDate, explanation: `审计确定的整改期限 ${f.dueDate}` },
      link,
    }));
}

export function internalAuditTaskChange(before: InternalAuditRow | null, after: InternalAuditRow, by?: string): TaskChange {
  return {
    app: 'personnel-finance',
    record: { type: 'internal-audit', id: after.id },
    before: before ? internalAuditTasks(before) : [],
    after: internalAuditTasks(after),
    version: after.version,
    by,
    outcome: after.status === 'withdrawn' ? 'withdrawn' : 'done',
  };
}
