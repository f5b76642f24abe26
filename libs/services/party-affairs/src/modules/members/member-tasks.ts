import type { TaskChange, WaitingStep } from '@gov/platform';
import type { MemberView } from '@gov/contracts-party-affairs';

/**
 * What a member in development waits on, for the 待办 list: the next step of 发展党员 for the 机关党总支's staff (the
 * branch secretaries' work is recorded by the section), with its deadline where the rules give one.
 */
export function memberTasks(member: Pick<MemberView, 'id' | 'name' | 'branchName' | 'status' | 'next'>): WaitingStep[] {
  if (member.status !== 'active' || !member.next) return [];
  const next = member.next;
  const from = next.earliestOn ? `（${next.earliestOn} 起可办理）` : '';
  return [
    {
      step: next.step,
      kind: 'party_development',
      title: `${next.label}：${member.name}（${member.branchName}）${from}`,
      assignee: { type: 'role', id: 'section_staff' },
      section: 'dang_zongzhi',
      deadline: next.dueOn ? { date: next.dueOn, explanation: next.dueExplanation.join('；') } : next.earliestOn ? { explanation: `${next.earliestOn} 起方可办理（${next.rule}）` } : {},
      link: `/party-affairs/members/${member.id}`,
    },
  ];
}

export function memberTaskChange(before: readonly WaitingStep[], after: Pick<MemberView, 'id' | 'name' | 'branchName' | 'status' | 'next' | 'version'>, by?: string): TaskChange {
  return {
    app: 'party-affairs',
    record: { type: 'party-member', id: after.id },
    before,
    after: memberTasks(after),
    version: after.version,
    by,
    outcome: after.status === 'withdrawn' ? 'withdrawn' : 'done',
  };
}
