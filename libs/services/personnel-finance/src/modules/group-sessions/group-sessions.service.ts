import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { shanghaiDate } from '@gov/calendar';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  GROUP_SESSION_KIND_LABELS,
  GroupSessionChanged,
  GroupSessionErrors,
  GroupSessionEvents,
  PREPARATION_STEP_LABELS,
  type CreateGroupSession,
  type GroupSessionFields,
  type GroupSessionView,
  type HoldGroupSession,
  type ListGroupSessions,
  type PrepareGroupSession,
  type RectifyGroupSession,
  type UpdateGroupSession,
  type WithdrawGroupSession,
} from '@gov/contracts-personnel-finance';
import { DomainError, publishTaskChanges, requireReason, Transactions } from '@gov/platform';
import { groupSessionTaskChange } from './group-sessions.tasks.js';
import { timelineEntry } from '../../common/timeline.js';
import { canManageGroupSessions, canSeeGroupSessions } from './group-sessions.policy.js';
import { GroupSessionsRepository, type GroupSessionRow } from './group-sessions.repository.js';
import { canTake, holdRefusal, preparationOf, statusAfter, type GroupSessionStep } from './group-sessions.rules.js';
import { snapshotOf, toGroupSessionView } from './group-sessions.views.js';

const NOT_FOUND = '中心组学习或民主生活会不存在或无权查看';

/**
 * 中心组学习 and 民主生活会 (人事科 organises them for the leading group): planned with its members; a 民主生活会 prepared
 * step by step (学习研讨, 征求意见, 谈心谈话, 对照检查材料); held with attendance, speeches (对照检查) and, for a 民主生活会,
 * its 整改清单; each rectification item closed with its result, the last one closing the meeting's rectification.
 */
@Injectable()
export class GroupSessionsService {
  constructor(
    private readonly sessions: GroupSessionsRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateGroupSession.Request, caller: CallerContext): Promise<GroupSessionView> {
    if (!canManageGroupSessions(caller)) throw new DomainError(CommonErrors.forbidden, '无权筹备中心组学习或民主生活会');
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const created: GroupSessionRow = {
        id: randomUUID(),
        ...fieldsOf(request),
        preparation: preparationOf(request.kind),
        heldOn: null,
        attendees: [],
        absentees: [],
        speeches: [],
        rectifications: [],
        status: 'planned',
        withdrawalReason: null,
        timeline: [timelineEntry(caller.username, '列入计划', `${GROUP_SESSION_KIND_LABELS[request.kind]}：${request.topic.trim()}`, now)],
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.sessions.insert(created, tx.manager);
      await tx.emit(GroupSessionEvents.created, snapshotOf(created), undefined, GroupSessionChanged.Event);
      return created;
    });
    return toGroupSessionView(row);
  }

  update(request: UpdateGroupSession.Request, caller: CallerContext): Promise<GroupSessionView> {
    return this.step(request.id, request.expectedVersion, caller, 'update', (row) => {
      if (request.kind !== row.kind) throw new DomainError(CommonErrors.validationFailed, '类别不能修改', [{ field: 'kind', code: 'fixed', message: 'kind：类别不能修改，请撤回后重新登记' }]);
      Object.assign(row, fieldsOf(request));
      row.timeline = [...row.timeline, timelineEntry(caller.username, '修改')];
      return GroupSessionEvents.updated;
    });
  }

  prepare(request: PrepareGroupSession.Request, caller: CallerContext): Promise<GroupSessionView> {
    return this.step(request.id, request.expectedVersion, caller, 'prepare', (row) => {
      const item = row.preparation.find((p) => p.step === request.step);
      if (!item || item.doneOn) throw new DomainError(GroupSessionErrors.unknownItem, `“${PREPARATION_STEP_LABELS[request.step]}”已完成，不能重复登记`);
      row.preparation = row.preparation.map((p) => (p.step === request.step ? { ...p, doneOn: request.doneOn, note: request.note.trim(), by: caller.username } : p));
      row.timeline = [...row.timeline, timelineEntry(caller.username, PREPARATION_STEP_LABELS[request.step], request.note.trim())];
      return GroupSessionEvents.prepared;
    });
  }

  hold(request: HoldGroupSession.Request, caller: CallerContext): Promise<GroupSessionView> {
    return this.step(request.id, request.expectedVersion, caller, 'hold', (row) => {
      const rectifications = row.kind === 'democratic_life' ? (request.rectifications ?? []) : [];
      const refusal = holdRefusal(row.kind, row.preparation, rectifications.length, request.heldOn, shanghaiDate(new Date()));
      if (refusal) {
        const error = refusal.code === 'preparation' ? GroupSessionErrors.preparationIncomplete : refusal.code === 'rectification' ? GroupSessionErrors.rectificationRequired : GroupSessionErrors.invalidState;
        throw new DomainError(error, refusal.message);
      }
      row.heldOn = request.heldOn;
      row.attendees = request.attendees.map((a) => a.trim());
      row.absentees = (request.absentees ?? []).map((a) => a.trim());
      row.speeches = request.speeches.map((s) => ({ speaker: s.speaker.trim(), summary: s.summary.trim() }));
      row.rectifications = rectifications.map((r, i) => ({ id: randomUUID(), sequence: i + 1, content: r.content.trim(), responsible: r.responsible.trim(), dueDate: r.dueDate, completedOn: null, result: null, completedBy: null }));
      row.timeline = [...row.timeline, timelineEntry(caller.username, '召开', `出席 ${row.attendees.length}/${row.members.length} 人，发言 ${row.speeches.length} 人次${rectifications.length ? `，整改事项 ${rectifications.length} 项` : ''}`)];
      return GroupSessionEvents.held;
    });
  }

  rectify(request: RectifyGroupSession.Request, caller: CallerContext): Promise<GroupSessionView> {
    return this.step(request.id, request.expectedVersion, caller, 'rectify', (row) => {
      const item = row.rectifications.find((r) => r.id === request.itemId);
      if (!item || item.completedOn) throw new DomainError(GroupSessionErrors.unknownItem, '没有该整改事项，或已完成');
      if (row.heldOn && request.completedOn < row.heldOn) {
        throw new DomainError(CommonErrors.validationFailed, '完成日期早于会议召开日期', [{ field: 'completedOn', code: 'order', message: `completedOn：完成日期不能早于召开日期 ${row.heldOn}` }]);
      }
      row.rectifications = row.rectifications.map((r) => (r.id === item.id ? { ...r, completedOn: request.completedOn, result: request.result.trim(), completedBy: caller.username } : r));
      row.timeline = [...row.timeline, timelineEntry(caller.username, '整改完成一项', `${item.sequence}. ${item.content.slice(0, 40)}：${request.result.trim().slice(0, 60)}`)];
      return GroupSessionEvents.rectified;
    });
  }

  withdraw(request: WithdrawGroupSession.Request, caller: CallerContext): Promise<GroupSessionView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.withdrawalReason = reason;
      row.timeline = [...row.timeline, timelineEntry(caller.username, '撤回', reason)];
      return GroupSessionEvents.withdrawn;
    });
  }

  async get(id: string, caller: CallerContext): Promise<GroupSessionView> {
    if (!canSeeGroupSessions(caller)) throw new DomainError(GroupSessionErrors.notFound, NOT_FOUND);
    const row = await this.sessions.findById(id);
    if (!row) throw new DomainError(GroupSessionErrors.notFound, NOT_FOUND);
    return toGroupSessionView(row);
  }

  async list(request: ListGroupSessions.Request, caller: CallerContext): Promise<ListGroupSessions.Reply> {
    if (!canSeeGroupSessions(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看中心组学习和民主生活会');
    const page = pageOf(request);
    const { items, total } = await this.sessions.search({ ...request, ...page });
    return { items: items.map(toGroupSessionView), total, ...page };
  }

  private async step(id: string, expectedVersion: number, caller: CallerContext, step: GroupSessionStep, change: (row: GroupSessionRow) => string): Promise<GroupSessionView> {
    const row = await this.transactions.run(async (tx) => {
      if (!canSeeGroupSessions(caller)) throw new DomainError(GroupSessionErrors.notFound, NOT_FOUND);
      const current = await this.sessions.findById(id, tx.manager, true);
      if (!current) throw new DomainError(GroupSessionErrors.notFound, NOT_FOUND);
      if (!canManageGroupSessions(caller)) throw new DomainError(CommonErrors.forbidden, '无权办理中心组学习或民主生活会');
      if (current.version !== expectedVersion) throw new DomainError(GroupSessionErrors.versionConflict, `记录已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      if (!canTake(step, current.kind, current.status)) throw new DomainError(GroupSessionErrors.invalidState, `${GROUP_SESSION_KIND_LABELS[current.kind]}当前状态不能进行此操作`);
      const next: GroupSessionRow = { ...current };
      const event = change(next);
      Object.assign(next, { status: statusAfter(step, current.status, next.rectifications), version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.sessions.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(GroupSessionErrors.versionConflict, '记录已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, GroupSessionChanged.Event);
      await publishTaskChanges(tx, groupSessionTaskChange(current, next, caller.userId));
      return next;
    });
    return toGroupSessionView(row);
  }
}

function fieldsOf(fields: GroupSessionFields): Pick<GroupSessionRow, 'kind' | 'topic' | 'plannedOn' | 'chairName' | 'members'> {
  return { kind: fields.kind, topic: fields.topic.trim(), plannedOn: fields.plannedOn, chairName: fields.chairName.trim(), members: fields.members.map((m) => m.trim()) };
}
