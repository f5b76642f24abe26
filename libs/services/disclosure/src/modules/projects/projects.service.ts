import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { shanghaiDate } from '@gov/calendar';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  ACCEPTANCE_RESULT_LABELS,
  PERFORMANCE_GRADE_LABELS,
  ProjectChanged,
  ProjectErrors,
  ProjectEvents,
  PROJECT_STATUS_LABELS,
  type AcceptProject,
  type CreateProject,
  type EvaluateProject,
  type ListProjects,
  type ProjectDetail,
  type ResubmitProject,
  type ReviewProject,
  type SuperviseProject,
  type UpdateProject,
  type WithdrawProject,
} from '@gov/contracts-disclosure';
import { DomainError, publishTaskChanges, reasonOf, Transactions, type Tx } from '@gov/platform';
import { canChangeProject, canSeeProject, canSuperviseProjects, projectAccess } from './projects.policy.js';
import { ProjectsRepository, type ProjectRow, type ProjectStepRow } from './projects.repository.js';
import {
  canTake,
  dateProblem,
  gradeOf,
  gradeScaleOn,
  isSectionStep,
  plannedDatesProblem,
  PROJECT_STEP_LABELS,
  statusAfter,
  type DateProblem,
  type ProjectStep,
  type StepOutcome,
} from './projects.rules.js';
import { projectTaskChange } from './projects.tasks.js';
import { snapshotOf, toProjectDetail, toProjectView } from './projects.views.js';

const today = () => shanghaiDate(new Date());

/** A refused date, as a 422 with the field's Chinese message. */
function refuseDate(problem: DateProblem | null): void {
  if (problem) throw new DomainError(ProjectErrors.dateOrder, problem.message, [{ field: problem.field, code: 'order', message: problem.message }]);
}

function required(field: string, message: string): never {
  throw new DomainError(CommonErrors.validationFailed, message, [{ field, code: 'required', message: `${field}：${message}` }]);
}

/** What one step changes and records: the event, the outcome for the next state, and its line in the timeline. */
interface StepEffect {
  event: string;
  outcome?: StepOutcome;
  line: Omit<ProjectStepRow, 'at' | 'by' | 'step' | 'label'> & { label?: string };
}

/**
 * 政务信息化 / 智慧城市 / 政务数据项目 that 大数据科 oversees: a unit's liaison (or the section) submits the project with
 * its budget; the section reviews it (approved into implementation, or returned with the reason, then changed and
 * resubmitted), supervises the implementation (progress and issues), records the acceptance (date, result, experts) and
 * the performance evaluation (score, graded by the scale in force). Every step is a line in the timeline.
 */
@Injectable()
export class ProjectsService {
  constructor(
    private readonly projects: ProjectsRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateProject.Request, caller: CallerContext): Promise<ProjectDetail> {
    // A liaison's project is their own unit's; the section may register one for a unit, or the office's own.
    const unitId = caller.unitId ?? request.unitId ?? null;
    if (!canChangeProject(caller, caller.unitId ?? null)) throw new DomainError(CommonErrors.forbidden, '无权申报信息化项目');
    refuseDate(plannedDatesProblem(request.plannedStartOn, request.plannedEndOn));
    return this.transactions.run(async (tx) => {
      const now = new Date();
      const created: ProjectRow = {
        id: randomUUID(),
        unitId,
        title: request.title.trim(),
        kind: request.kind,
        content: request.content,
        budgetYuan: request.budgetYuan,
        plannedStartOn: request.plannedStartOn,
        plannedEndOn: request.plannedEndOn,
        status: 'submitted',
        submittedOn: shanghaiDate(now),
        reviewedOn: null,
        reviewedBy: null,
        reviewOpinion: null,
        supervisionCount: 0,
        acceptedOn: null,
        acceptanceResult: null,
        acceptanceExperts: [],
        acceptanceOpinion: null,
        evaluatedOn: null,
        score: null,
        grade: null,
        gradeScaleVersion: null,
        evaluationOpinion: null,
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.projects.insert(created, tx.manager);
      await this.projects.addStep(tx.manager, created.id, {
        at: now,
        by: caller.username,
        step: 'submit',
        label: PROJECT_STEP_LABELS.submit,
        on: created.submittedOn,
        note: `预算 ${created.budgetYuan} 元，计划 ${created.plannedStartOn} 至 ${created.plannedEndOn}`,
        issues: null,
        progressPercent: null,
      });
      await tx.emit(ProjectEvents.created, snapshotOf(created), undefined, ProjectChanged.Event);
      await publishTaskChanges(tx, projectTaskChange(null, created, caller.userId));
      return this.detail(created, tx);
    });
  }

  update(request: UpdateProject.Request, caller: CallerContext): Promise<ProjectDetail> {
    refuseDate(plannedDatesProblem(request.plannedStartOn, request.plannedEndOn));
    return this.step(request.id, request.expectedVersion, caller, 'update', (row) => {
      Object.assign(row, { title: request.title.trim(), kind: request.kind, content: request.content, budgetYuan: request.budgetYuan, plannedStartOn: request.plannedStartOn, plannedEndOn: request.plannedEndOn });
      return { event: ProjectEvents.updated, line: { on: null, note: null, issues: null, progressPercent: null } };
    });
  }

  resubmit(request: ResubmitProject.Request, caller: CallerContext): Promise<ProjectDetail> {
    return this.step(request.id, request.expectedVersion, caller, 'resubmit', (row) => {
      row.submittedOn = today();
      return { event: ProjectEvents.updated, line: { on: row.submittedOn, note: request.note?.trim() || null, issues: null, progressPercent: null } };
    });
  }

  review(request: ReviewProject.Request, caller: CallerContext): Promise<ProjectDetail> {
    const opinion = reasonOf(request.opinion);
    if (request.decision === 'returned' && !opinion) required('opinion', '退回修改须说明理由（至少 2 个字）');
    return this.step(request.id, request.expectedVersion, caller, 'review', (row) => {
      refuseDate(dateProblem('reviewedOn', request.reviewedOn, today(), { on: row.submittedOn, what: '报送审核之日' }));
      Object.assign(row, { reviewedOn: request.reviewedOn, reviewedBy: caller.username, reviewOpinion: opinion });
      const label = request.decision === 'approved' ? '审核通过' : '审核退回修改';
      return { event: ProjectEvents.reviewed, outcome: request.decision, line: { label, on: request.reviewedOn, note: opinion, issues: null, progressPercent: null } };
    });
  }

  supervise(request: SuperviseProject.Request, caller: CallerContext): Promise<ProjectDetail> {
    return this.step(request.id, request.expectedVersion, caller, 'supervise', (row) => {
      refuseDate(dateProblem('recordedOn', request.recordedOn, today(), { on: row.reviewedOn, what: '审核通过之日' }));
      row.supervisionCount += 1;
      return {
        event: ProjectEvents.supervised,
        line: { on: request.recordedOn, note: request.progress.trim(), issues: request.issues?.trim() || null, progressPercent: request.progressPercent ?? null },
      };
    });
  }

  accept(request: AcceptProject.Request, caller: CallerContext): Promise<ProjectDetail> {
    const opinion = reasonOf(request.opinion);
    if (request.result === 'failed' && !opinion) required('opinion', '验收不通过须说明理由和整改要求（至少 2 个字）');
    const experts = request.experts.map((e) => e.trim());
    return this.step(request.id, request.expectedVersion, caller, 'accept', (row) => {
      refuseDate(dateProblem('acceptedOn', request.acceptedOn, today(), { on: row.reviewedOn, what: '审核通过之日' }));
      Object.assign(row, { acceptanceResult: request.result, acceptanceExperts: experts, acceptanceOpinion: opinion, acceptedOn: request.result === 'passed' ? request.acceptedOn : null });
      const note = `${ACCEPTANCE_RESULT_LABELS[request.result]}；验收专家：${experts.join('、')}${opinion ? `；${opinion}` : ''}`;
      return { event: ProjectEvents.accepted, outcome: request.result, line: { label: ACCEPTANCE_RESULT_LABELS[request.result], on: request.acceptedOn, note, issues: null, progressPercent: null } };
    });
  }

  evaluate(request: EvaluateProject.Request, caller: CallerContext): Promise<ProjectDetail> {
    return this.step(request.id, request.expectedVersion, caller, 'evaluate', (row) => {
      refuseDate(dateProblem('evaluatedOn', request.evaluatedOn, today(), { on: row.acceptedOn, what: '验收通过之日' }));
      const scale = gradeScaleOn(request.evaluatedOn);
      const grade = gradeOf(request.score, scale);
      const opinion = request.opinion?.trim() || null;
      Object.assign(row, { evaluatedOn: request.evaluatedOn, score: request.score, grade, gradeScaleVersion: scale.version, evaluationOpinion: opinion });
      const note = `${request.score} 分，等级"${PERFORMANCE_GRADE_LABELS[grade]}"（${scale.source}，分档第 ${scale.version} 版）${opinion ? `；${opinion}` : ''}`;
      return { event: ProjectEvents.evaluated, line: { on: request.evaluatedOn, note, issues: null, progressPercent: null } };
    });
  }

  withdraw(request: WithdrawProject.Request, caller: CallerContext): Promise<ProjectDetail> {
    const reason = reasonOf(request.reason);
    if (!reason) required('reason', '撤回须说明理由（至少 2 个字）');
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.withdrawalReason = reason;
      return { event: ProjectEvents.withdrawn, line: { on: null, note: reason, issues: null, progressPercent: null } };
    });
  }

  async get(id: string, caller: CallerContext): Promise<ProjectDetail> {
    const row = await this.projects.findById(id);
    if (!row || !canSeeProject(caller, row.unitId)) throw new DomainError(ProjectErrors.notFound, '信息化项目不存在或无权查看');
    return toProjectDetail(row, await this.projects.stepsOf(row.id), today());
  }

  async list(request: ListProjects.Request, caller: CallerContext): Promise<ListProjects.Reply> {
    const access = projectAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看信息化项目');
    const page = pageOf(request);
    const now = today();
    const overdue = request.overdue === true || request.overdue === 'true';
    const { items, total } = await this.projects.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined, overdueBefore: overdue ? now : undefined });
    return { items: items.map((row) => toProjectView(row, now)), total, ...page };
  }

  private async detail(row: ProjectRow, tx: Tx): Promise<ProjectDetail> {
    return toProjectDetail(row, await this.projects.stepsOf(row.id, tx.manager), today());
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its timeline line, its event in the outbox. */
  private async step(id: string, expectedVersion: number, caller: CallerContext, step: ProjectStep, change: (row: ProjectRow) => StepEffect): Promise<ProjectDetail> {
    return this.transactions.run(async (tx) => {
      const current = await this.projects.findById(id, tx.manager, true);
      if (!current || !canSeeProject(caller, current.unitId)) throw new DomainError(ProjectErrors.notFound, '信息化项目不存在或无权查看');
      const sectionOnly = isSectionStep(step, current.status);
      if (!(sectionOnly ? canSuperviseProjects(caller) : canChangeProject(caller, current.unitId))) {
        throw new DomainError(CommonErrors.forbidden, sectionOnly ? `${PROJECT_STEP_LABELS[step]}由大数据科办理` : '无权办理该信息化项目');
      }
      if (current.version !== expectedVersion) {
        throw new DomainError(ProjectErrors.versionConflict, `信息化项目已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(ProjectErrors.invalidState, `当前为"${PROJECT_STATUS_LABELS[current.status]}"，不能${PROJECT_STEP_LABELS[step]}`);
      const next: ProjectRow = { ...current };
      const effect = change(next);
      const now = new Date();
      Object.assign(next, { status: statusAfter(step, current.status, effect.outcome ?? null), version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.projects.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(ProjectErrors.versionConflict, '信息化项目已被他人修改，请刷新后重试');
      const { label, ...line } = effect.line;
      await this.projects.addStep(tx.manager, next.id, { at: now, by: caller.username, step, label: label ?? PROJECT_STEP_LABELS[step], ...line });
      await tx.emit(effect.event, snapshotOf(next), undefined, ProjectChanged.Event);
      await publishTaskChanges(tx, projectTaskChange(current, next, caller.userId));
      return this.detail(next, tx);
    });
  }
}
