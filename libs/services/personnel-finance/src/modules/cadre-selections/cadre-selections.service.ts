import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { WorkingCalendar } from '@gov/calendar';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  CadreSelectionChanged,
  CadreSelectionErrors,
  CadreSelectionEvents,
  OBJECTION_OUTCOME_LABELS,
  StaffMemberChanged,
  StaffMemberEvents,
  type AppointCadreSelection,
  type CadreSelectionView,
  type CreateCadreSelection,
  type DecideCadreSelection,
  type InspectCadreSelection,
  type ListCadreSelections,
  type PublicizeCadreSelection,
  type RecommendCadreSelection,
  type RecordCadreSelectionObjection,
  type ResolveCadreSelectionObjection,
  type WithdrawCadreSelection,
} from '@gov/contracts-personnel-finance';
import { CalendarCopy, DomainError, FieldCipher, maskIdNumber, publishTaskChanges, requireReason, Transactions, type Tx } from '@gov/platform';
import { cadreSelectionTaskChange } from './cadre-selections.tasks.js';
import { timelineEntry } from '../../common/timeline.js';
import { EstablishmentPostsService } from '../establishment-posts/establishment-posts.service.js';
import { StaffMembersRepository } from '../staff-members/staff-members.repository.js';
import { snapshotOf as staffSnapshotOf } from '../staff-members/staff-members.views.js';
import { canManageCadreSelections, canSeeCadreSelections, seesCandidatePersonalData } from './cadre-selections.policy.js';
import { CadreSelectionsRepository, type CadreSelectionRow } from './cadre-selections.repository.js';
import {
  candidateRefusal,
  checkStep,
  dateOrderRefusal,
  decisionCheck,
  objectionsRefusal,
  probationPeriod,
  PUBLICITY_WORKING_DAYS,
  publicityOverRefusal,
  publicityPeriod,
  recommendationRefusal,
  REGULATION,
  statusAfter,
  type CadreSelectionStep,
} from './cadre-selections.rules.js';
import { snapshotOf, toCadreSelectionView } from './cadre-selections.views.js';

const NOT_FOUND = '干部选拔任用事项不存在或无权查看';

/**
 * 干部选拔任用 (人事科), by 《党政领导干部选拔任用工作条例》: 动议 on a post of the establishment with a vacancy → 民主推荐
 * (votes) → 考察 (the candidate, from those recommended) → 讨论决定 in a 党组会 (quorum and majority) → 任前公示 (5 working
 * days from the deadline engine; objections recorded and resolved) → 任职 (after the 公示, with its 试用期; the staff
 * record's 职务 follows). No step can be skipped; withdrawn with a reason before 任职.
 */
@Injectable()
export class CadreSelectionsService implements OnModuleInit {
  constructor(
    private readonly selections: CadreSelectionsRepository,
    private readonly establishment: EstablishmentPostsService,
    private readonly staff: StaffMembersRepository,
    private readonly transactions: Transactions,
    private readonly calendarCopy: CalendarCopy,
    @Inject(FieldCipher) private readonly cipher: FieldCipher,
  ) {}

  onModuleInit(): void {
    this.calendarCopy.onChange((_year, tx, calendar) => this.redate(tx, calendar));
  }

  /** 动议: on a post in force with a vacancy not already taken by another procedure under way. */
  async create(request: CreateCadreSelection.Request, caller: CallerContext): Promise<CadreSelectionView> {
    if (!canManageCadreSelections(caller)) throw new DomainError(CommonErrors.forbidden, '无权办理干部选拔任用');
    const row = await this.transactions.run(async (tx) => {
      const line = await this.establishment.lineWithFill(request.establishmentPostId, tx.manager);
      if (!line || line.row.status !== 'in_force') throw new DomainError(CadreSelectionErrors.postUnavailable, '拟任岗位不在有效的机构编制中，请先登记机构编制');
      const underWay = await this.selections.openOnPost(line.row.id, tx.manager);
      if (line.fill.vacant <= underWay) {
        throw new DomainError(
          CadreSelectionErrors.postUnavailable,
          `${line.row.unitName}“${line.row.title}”核定 ${line.row.approvedCount} 名，实有 ${line.fill.filled} 名，另有 ${underWay} 个选拔程序在办，没有空缺可供动议（${REGULATION}：不得超职数配备干部）`,
        );
      }
      const now = new Date();
      const created: CadreSelectionRow = {
        id: randomUUID(),
        establishmentPostId: line.row.id,
        title: request.title.trim(),
        unitName: line.row.unitName,
        postTitle: line.row.title,
        postLevel: line.row.level,
        motion: { motionDate: request.motionDate, motionReason: request.motionReason.trim(), proposedBy: request.proposedBy.trim(), by: caller.username },
        recommendation: null,
        inspection: null,
        candidateName: null,
        candidateGender: null,
        candidateIdNumberEncrypted: null,
        candidateIdNumberMasked: null,
        candidateCurrentPost: null,
        candidateStaffMemberId: null,
        decision: null,
        publicity: null,
        publicityEndsOn: null,
        objections: [],
        appointment: null,
        status: 'proposed',
        withdrawalReason: null,
        timeline: [timelineEntry(caller.username, '动议', `${request.proposedBy.trim()}提议；空缺 ${line.fill.vacant} 名`, now)],
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.selections.insert(created, tx.manager);
      await tx.emit(CadreSelectionEvents.created, snapshotOf(created), undefined, CadreSelectionChanged.Event);
      await publishTaskChanges(tx, cadreSelectionTaskChange(null, created, caller.userId));
      return created;
    });
    return this.view(row, caller);
  }

  recommend(request: RecommendCadreSelection.Request, caller: CallerContext): Promise<CadreSelectionView> {
    return this.step(request.id, request.expectedVersion, caller, 'recommend', (row) => {
      this.assertDates(row.motion.motionDate, '动议', request.recommendedOn, '民主推荐');
      const refusal = recommendationRefusal(request.participants, request.candidates);
      if (refusal) throw new DomainError(CommonErrors.validationFailed, refusal, [{ field: 'candidates', code: 'votes', message: `candidates：${refusal}` }]);
      const candidates = request.candidates.map((c) => ({ name: c.name.trim(), votes: c.votes })).sort((a, b) => b.votes - a.votes);
      row.recommendation = { recommendedOn: request.recommendedOn, participants: request.participants, candidates, ...(request.note?.trim() ? { note: request.note.trim() } : {}), by: caller.username };
      row.timeline = [...row.timeline, timelineEntry(caller.username, '民主推荐', `参加 ${request.participants} 人；${candidates.map((c) => `${c.name} ${c.votes} 票`).join('，')}`)];
      return CadreSelectionEvents.recommended;
    });
  }

  inspect(request: InspectCadreSelection.Request, caller: CallerContext): Promise<CadreSelectionView> {
    return this.step(request.id, request.expectedVersion, caller, 'inspect', async (row, tx) => {
      this.assertDates(row.recommendation?.recommendedOn ?? row.motion.motionDate, '民主推荐', request.inspectedOn, '考察');
      const refusal = candidateRefusal(request.candidateName, row.recommendation?.candidates ?? []);
      if (refusal) throw new DomainError(CadreSelectionErrors.notRecommended, refusal);
      if (request.staffMemberId) {
        const member = await this.staff.findById(request.staffMemberId, tx.manager);
        if (!member || member.status !== 'active') {
          throw new DomainError(CommonErrors.validationFailed, '该工作人员不存在或已撤回', [{ field: 'staffMemberId', code: 'unknown', message: 'staffMemberId：工作人员不存在或已撤回' }]);
        }
      }
      row.inspection = { inspectedOn: request.inspectedOn, team: request.team.map((t) => t.trim()), conclusion: request.conclusion.trim(), by: caller.username };
      Object.assign(row, {
        candidateName: request.candidateName.trim(),
        candidateGender: request.candidateGender,
        candidateIdNumberEncrypted: this.cipher.encrypt(request.candidateIdNumber),
        candidateIdNumberMasked: maskIdNumber(request.candidateIdNumber),
        candidateCurrentPost: request.candidateCurrentPost.trim(),
        candidateStaffMemberId: request.staffMemberId ?? null,
      });
      row.timeline = [...row.timeline, timelineEntry(caller.username, '考察', `考察对象 ${row.candidateName}；考察组 ${row.inspection.team.join('、')}`)];
      return CadreSelectionEvents.inspected;
    });
  }

  decide(request: DecideCadreSelection.Request, caller: CallerContext): Promise<CadreSelectionView> {
    return this.step(request.id, request.expectedVersion, caller, 'decide', (row) => {
      this.assertDates(row.inspection?.inspectedOn ?? row.motion.motionDate, '考察', request.meetingDate, '讨论决定');
      const { refusal, explanation } = decisionCheck(request);
      if (refusal) throw new DomainError(CadreSelectionErrors.decisionRule, refusal);
      const { id: _id, expectedVersion: _v, ...decision } = request;
      row.decision = { ...decision, meetingTitle: request.meetingTitle.trim(), explanation, by: caller.username };
      row.timeline = [...row.timeline, timelineEntry(caller.username, '讨论决定', `${row.decision.meetingTitle}：${explanation}`)];
      return CadreSelectionEvents.decided;
    });
  }

  /** 任前公示: published on a day; it ends after 5 working days, counted by the engine over the working calendar. */
  publicize(request: PublicizeCadreSelection.Request, caller: CallerContext): Promise<CadreSelectionView> {
    return this.step(request.id, request.expectedVersion, caller, 'publicize', async (row, tx) => {
      this.assertDates(row.decision?.meetingDate ?? row.motion.motionDate, '讨论决定', request.publishedOn, '任前公示');
      const period = publicityPeriod(await this.calendarCopy.current(tx), request.publishedOn);
      if (!period.dueDate) throw new DomainError(CadreSelectionErrors.invalidState, '公示期满日暂不能计算（工作日历未发布），请稍后再试');
      row.publicity = { publishedOn: request.publishedOn, channel: request.channel.trim(), endsOn: period.dueDate, workingDays: PUBLICITY_WORKING_DAYS, explanation: period.explanation, by: caller.username };
      row.publicityEndsOn = period.dueDate;
      row.timeline = [...row.timeline, timelineEntry(caller.username, '任前公示', `${request.publishedOn} 发布（${row.publicity.channel}），${period.dueDate} 期满`)];
      return CadreSelectionEvents.publicized;
    });
  }

  recordObjection(request: RecordCadreSelectionObjection.Request, caller: CallerContext): Promise<CadreSelectionView> {
    return this.step(request.id, request.expectedVersion, caller, 'recordObjection', (row) => {
      this.assertDates(row.publicity?.publishedOn ?? row.motion.motionDate, '任前公示', request.receivedOn, '反映问题收到');
      const objection = { id: randomUUID(), receivedOn: request.receivedOn, source: request.source.trim(), summary: request.summary.trim(), recordedBy: caller.username, resolvedOn: null, finding: null, outcome: null, resolvedBy: null };
      row.objections = [...row.objections, objection];
      row.timeline = [...row.timeline, timelineEntry(caller.username, '登记反映问题', `${objection.source}：${objection.summary.slice(0, 60)}`)];
      return CadreSelectionEvents.objectionRecorded;
    });
  }

  resolveObjection(request: ResolveCadreSelectionObjection.Request, caller: CallerContext): Promise<CadreSelectionView> {
    return this.step(request.id, request.expectedVersion, caller, 'resolveObjection', (row) => {
      const objection = row.objections.find((o) => o.id === request.objectionId);
      if (!objection || objection.outcome !== null) throw new DomainError(CadreSelectionErrors.objectionNotFound, '没有该反映问题，或已核查完毕');
      this.assertDates(objection.receivedOn, '反映问题收到', request.resolvedOn, '核查完成');
      row.objections = row.objections.map((o) =>
        o.id === objection.id ? { ...o, resolvedOn: request.resolvedOn, finding: request.finding.trim(), outcome: request.outcome, resolvedBy: caller.username } : o,
      );
      row.timeline = [...row.timeline, timelineEntry(caller.username, '核查反映问题', `${OBJECTION_OUTCOME_LABELS[request.outcome]}：${request.finding.trim().slice(0, 60)}`)];
      return CadreSelectionEvents.objectionResolved;
    });
  }

  /** 任职: after the 公示 has run, every objection resolved and none in the way; the 试用期 from the engine; the staff record follows. */
  appoint(request: AppointCadreSelection.Request, caller: CallerContext): Promise<CadreSelectionView> {
    return this.step(request.id, request.expectedVersion, caller, 'appoint', async (row, tx) => {
      const over = publicityOverRefusal(row.publicityEndsOn ?? request.appointedOn, request.appointedOn);
      if (over) throw new DomainError(CadreSelectionErrors.publicityNotOver, over);
      const objections = objectionsRefusal(row.objections);
      if (objections) throw new DomainError(objections.code === 'open' ? CadreSelectionErrors.objectionsOpen : CadreSelectionErrors.objectionBlocks, objections.message);
      const probation = request.probation ? probationPeriod(await this.calendarCopy.current(tx), request.appointedOn) : null;
      row.appointment = {
        appointedOn: request.appointedOn,
        documentNumber: request.documentNumber.trim(),
        probation: request.probation,
        probationEndsOn: probation?.dueDate ?? null,
        probationExplanation: probation?.explanation ?? [],
        by: caller.username,
      };
      row.timeline = [...row.timeline, timelineEntry(caller.username, '任职', `${row.candidateName} 任${row.postTitle}（${row.appointment.documentNumber}）${probation ? `，试用期至 ${probation.dueDate}` : ''}`)];
      await this.followInStaffRecord(row, caller, tx);
      return CadreSelectionEvents.appointed;
    });
  }

  withdraw(request: WithdrawCadreSelection.Request, caller: CallerContext): Promise<CadreSelectionView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.withdrawalReason = reason;
      row.timeline = [...row.timeline, timelineEntry(caller.username, '撤回', reason)];
      return CadreSelectionEvents.withdrawn;
    });
  }

  async get(id: string, caller: CallerContext): Promise<CadreSelectionView> {
    if (!canSeeCadreSelections(caller)) throw new DomainError(CadreSelectionErrors.notFound, NOT_FOUND);
    const row = await this.selections.findById(id);
    if (!row) throw new DomainError(CadreSelectionErrors.notFound, NOT_FOUND);
    return this.view(row, caller);
  }

  async list(request: ListCadreSelections.Request, caller: CallerContext): Promise<ListCadreSelections.Reply> {
    if (!canSeeCadreSelections(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看干部选拔任用');
    const page = pageOf(request);
    const { items, total } = await this.selections.search({ ...request, ...page });
    // Lists show the stored masked 身份证号, never decrypting.
    return { items: items.map((row) => toCadreSelectionView(row, this.cipher, 'masked')), total, ...page };
  }

  private view(row: CadreSelectionRow, caller: CallerContext): CadreSelectionView {
    return toCadreSelectionView(row, this.cipher, seesCandidatePersonalData(caller) ? 'full' : 'masked');
  }

  private assertDates(previous: string, previousLabel: string, day: string, label: string): void {
    const refusal = dateOrderRefusal(previous, previousLabel, day, label);
    if (refusal) throw new DomainError(CadreSelectionErrors.dateOrder, refusal);
  }

  /** The appointed member of the office takes the post in the staff records (a new version, its event in the outbox). */
  private async followInStaffRecord(row: CadreSelectionRow, caller: CallerContext, tx: Tx): Promise<void> {
    if (!row.candidateStaffMemberId) return;
    const member = await this.staff.findById(row.candidateStaffMemberId, tx.manager, true);
    if (!member || member.status !== 'active') return;
    const next = {
      ...member,
      postTitle: row.postTitle,
      timeline: [...member.timeline, timelineEntry(caller.username, '任职', `经干部选拔任用任${row.postTitle}（${row.appointment?.documentNumber ?? ''}）`)],
      version: member.version + 1,
      updatedAt: new Date(),
      updatedBy: caller.username,
    };
    if (!(await this.staff.saveIfVersion(next, member.version, tx.manager))) throw new DomainError(CadreSelectionErrors.versionConflict, '工作人员记录已被他人修改，请重试');
    await tx.emit(StaffMemberEvents.updated, staffSnapshotOf(next), undefined, StaffMemberChanged.Event);
  }

  /** One step on a versioned record, in one transaction: seen, in its turn, at the version held, saved, its event in the outbox. */
  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    step: CadreSelectionStep,
    change: (row: CadreSelectionRow, tx: Tx) => string | Promise<string>,
  ): Promise<CadreSelectionView> {
    const row = await this.transactions.run(async (tx) => {
      if (!canSeeCadreSelections(caller)) throw new DomainError(CadreSelectionErrors.notFound, NOT_FOUND);
      const current = await this.selections.findById(id, tx.manager, true);
      if (!current) throw new DomainError(CadreSelectionErrors.notFound, NOT_FOUND);
      if (!canManageCadreSelections(caller)) throw new DomainError(CommonErrors.forbidden, '无权办理干部选拔任用');
      if (current.version !== expectedVersion) {
        throw new DomainError(CadreSelectionErrors.versionConflict, `干部选拔任用事项已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      const check = checkStep(step, current.status);
      if (!check.ok) throw new DomainError(check.terminal ? CadreSelectionErrors.invalidState : CadreSelectionErrors.stepOutOfOrder, check.message);
      const next: CadreSelectionRow = { ...current };
      const event = await change(next, tx);
      Object.assign(next, { status: statusAfter(step, current.status), version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.selections.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(CadreSelectionErrors.versionConflict, '干部选拔任用事项已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, CadreSelectionChanged.Event);
      await publishTaskChanges(tx, cadreSelectionTaskChange(current, next, caller.userId));
      return next;
    });
    return this.view(row, caller);
  }

  /** Re-dates a running 公示 when a calendar year is loaded or corrected, with its new explanation and a timeline line. */
  private async redate(tx: Tx, calendar: WorkingCalendar): Promise<void> {
    for (const row of await this.selections.publicizing(tx.manager)) {
      if (!row.publicity) continue;
      const period = publicityPeriod(calendar, row.publicity.publishedOn);
      if (!period.dueDate || period.dueDate === row.publicityEndsOn) continue;
      const now = new Date();
      const next: CadreSelectionRow = {
        ...row,
        publicity: { ...row.publicity, endsOn: period.dueDate, explanation: period.explanation },
        publicityEndsOn: period.dueDate,
        timeline: [...row.timeline, timelineEntry('系统', '公示期重新计算', `工作日历调整：${row.publicityEndsOn ?? '—'} → ${period.dueDate}`, now)],
        version: row.version + 1,
        updatedAt: now,
        updatedBy: '系统',
      };
      if (!(await this.selections.saveIfVersion(next, row.version, tx.manager))) continue;
      await tx.emit(CadreSelectionEvents.redated, snapshotOf(next), undefined, CadreSelectionChanged.Event);
      await publishTaskChanges(tx, cadreSelectionTaskChange(row, next));
    }
  }
}
