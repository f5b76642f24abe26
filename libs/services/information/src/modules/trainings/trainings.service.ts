import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  TrainingChanged,
  TrainingErrors,
  TrainingEvents,
  type CreateTraining,
  type ListTrainings,
  type TrainingFields,
  type TrainingView,
  type UpdateTraining,
  type WithdrawTraining,
} from '@gov/contracts-information';
import { DomainError, requireReason, Transactions } from '@gov/platform';
import { UnitDirectory } from '@gov/read-model-units';
import { canManageTrainings, canSeeTrainings } from './trainings.policy.js';
import { TrainingsRepository, type AttendeeRow, type TrainingRow } from './trainings.repository.js';
import { canTake, checkAttendance, statusAfter, type TrainingStep } from './trainings.rules.js';
import { snapshotOf, toTrainingView } from './trainings.views.js';

/** 培训: 信息科 records each session (date, topic, trainer) with the people expected, who attended and who was absent and why. */
@Injectable()
export class TrainingsService {
  constructor(
    private readonly trainings: TrainingsRepository,
    private readonly units: UnitDirectory,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateTraining.Request, caller: CallerContext): Promise<TrainingView> {
    if (!canManageTrainings(caller)) throw new DomainError(CommonErrors.forbidden, '只有信息科可以登记培训');
    const attendees = await this.attendees(request);
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const created: TrainingRow = {
        id: randomUUID(),
        heldOn: request.heldOn,
        topic: request.topic.trim(),
        trainer: request.trainer.trim(),
        location: request.location?.trim() || null,
        attendees,
        unitIds: unitIdsOf(attendees),
        status: 'recorded',
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.trainings.insert(created, tx.manager);
      await tx.emit(TrainingEvents.created, snapshotOf(created), undefined, TrainingChanged.Event);
      return created;
    });
    return toTrainingView(row);
  }

  async update(request: UpdateTraining.Request, caller: CallerContext): Promise<TrainingView> {
    const attendees = await this.attendees(request);
    return this.step(request.id, request.expectedVersion, caller, 'update', (row) => {
      row.heldOn = request.heldOn;
      row.topic = request.topic.trim();
      row.trainer = request.trainer.trim();
      row.location = request.location?.trim() || null;
      row.attendees = attendees;
      row.unitIds = unitIdsOf(attendees);
      return TrainingEvents.updated;
    });
  }

  withdraw(request: WithdrawTraining.Request, caller: CallerContext): Promise<TrainingView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.withdrawalReason = reason;
      return TrainingEvents.withdrawn;
    });
  }

  async get(id: string, caller: CallerContext): Promise<TrainingView> {
    const row = canSeeTrainings(caller) ? await this.trainings.findById(id) : null;
    if (!row) throw new DomainError(TrainingErrors.notFound, '培训不存在或无权查看');
    return toTrainingView(row);
  }

  async list(request: ListTrainings.Request, caller: CallerContext): Promise<ListTrainings.Reply> {
    if (!canSeeTrainings(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看培训');
    const page = pageOf(request);
    const { items, total } = await this.trainings.search({ ...request, ...page });
    return { items: items.map(toTrainingView), total, ...page };
  }

  /** The attendance checked (an absence has a reason, nobody twice) with each unit's name from the directory. */
  private async attendees(fields: TrainingFields): Promise<AttendeeRow[]> {
    const checked = checkAttendance(fields.attendees);
    if (!checked.ok) {
      if (checked.refusal === 'duplicate') throw new DomainError(TrainingErrors.duplicateAttendee, `“${checked.name}”重复登记`);
      throw new DomainError(TrainingErrors.absenceReason, `“${checked.name}”缺席，须说明理由（至少 2 个字）`);
    }
    const named = await this.units.findByIds(unitIdsOf(checked.attendees));
    return checked.attendees.map((a) => {
      const unit = a.unitId ? named.get(a.unitId) : undefined;
      if (a.unitId && !unit) throw new DomainError(TrainingErrors.unknownUnit, `“${a.name}”的单位不在单位名录中`);
      return { ...a, unitName: unit?.name ?? null };
    });
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its event in the outbox. */
  private async step(id: string, expectedVersion: number, caller: CallerContext, step: TrainingStep, change: (row: TrainingRow) => string): Promise<TrainingView> {
    const row = await this.transactions.run(async (tx) => {
      const current = canSeeTrainings(caller) ? await this.trainings.findById(id, tx.manager, true) : null;
      if (!current) throw new DomainError(TrainingErrors.notFound, '培训不存在或无权查看');
      if (!canManageTrainings(caller)) throw new DomainError(CommonErrors.forbidden, '只有信息科可以修改培训登记');
      if (current.version !== expectedVersion) {
        throw new DomainError(TrainingErrors.versionConflict, `培训已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(TrainingErrors.invalidState, '培训登记已撤回，不能再办理');
      const next: TrainingRow = { ...current };
      const event = change(next);
      Object.assign(next, { status: statusAfter(step, current.status), version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.trainings.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(TrainingErrors.versionConflict, '培训已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, TrainingChanged.Event);
      return next;
    });
    return toTrainingView(row);
  }
}

function unitIdsOf(attendees: readonly { unitId: string | null }[]): string[] {
  return [...new Set(attendees.flatMap((a) => (a.unitId ? [a.unitId] : [])))];
}
