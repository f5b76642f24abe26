import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { shanghaiDate, type WorkingCalendar } from '@gov/calendar';
import { CommonErrors, pageOf, type CallerContext, type FieldError } from '@gov/contracts-common';
import {
  TripChanged,
  TripErrors,
  TripEvents,
  TripReported,
  TRIP_STATUS_LABELS,
  type ApproveTrip,
  type BriefTrip,
  type CheckTrip,
  type CreateTrip,
  type DepartTrip,
  type ListTrips,
  type PublicizeTrip,
  type ReportTrip,
  type ReturnTrip,
  type ReturnTripPassports,
  type ReviewTrip,
  type SubmitTrip,
  type TripCheckView,
  type TripFields,
  type TripView,
  type UpdateTrip,
  type WithdrawTrip,
} from '@gov/contracts-foreign-affairs';
import { CalendarCopy, DomainError, FieldCipher, FieldLookupKey, maskIdNumber, maskPassport, publishTaskChanges, reasonOf, requireReason, Transactions, type Tx, type WaitingStep } from '@gov/platform';
import type { EntityManager } from 'typeorm';
import { canApproveTrip, canChangeTrip, canHandleTrip, canRevealMembers, canSeeTrip, tripAccess } from './trips.policy.js';
import { TripsRepository, type StoredMember, type TripRow } from './trips.repository.js';
import { TripRulesService } from './trip-rules.service.js';
import {
  canTake,
  checkTrip,
  latestPublicationDay,
  passportDeadline,
  publicityOver,
  publicityPeriod,
  reportDeadline,
  STEP_LABELS,
  statusAfter,
  type TripRuleVersion,
  type TripStep,
} from './trips.rules.js';
import { tripTaskChange, tripTasks } from './trips.tasks.js';
import { snapshotOf, toTripView } from './trips.views.js';

const today = (): string => shanghaiDate(new Date());

/** What one step does to the row, in its transaction: the event to publish, the note of its timeline line. */
interface StepChange {
  event: string;
  note?: string | null;
  decision?: 'pass' | 'return';
  historyStep?: string;
}

/**
 * 因公临时出国, a case: applied for by a unit (or 外事科), checked live against the rule version in force, submitted only
 * without a breach, reviewed by 外事科, approved by a district leader, announced (公示, 5 working days counted by the
 * engine) before departure, each traveller briefed, then returned, passports handed back and the report filed within a
 * month of return (red in 待办 when late). Nothing is deleted: withdrawn with a reason before departure.
 */
@Injectable()
export class TripsService implements OnModuleInit {
  constructor(
    private readonly trips: TripsRepository,
    private readonly rules: TripRulesService,
    private readonly transactions: Transactions,
    private readonly calendarCopy: CalendarCopy,
    @Inject(FieldCipher) private readonly cipher: FieldCipher,
    /** The keyed hash of a traveller's 身份证号 (label `foreign-affairs:trip-member-key`) for the frequency check. */
    @Inject(FieldLookupKey) private readonly memberKey: FieldLookupKey,
  ) {}

  onModuleInit(): void {
    this.calendarCopy.onChange((_year, tx, calendar) => this.redate(tx, calendar));
  }

  /** The live check of an application (nothing saved): every breach with its rule, before submission. */
  async check(request: CheckTrip.Request, caller: CallerContext): Promise<TripCheckView> {
    if (tripAccess(caller).kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权办理因公临时出国');
    assertDates(request);
    const version = await this.rules.inForce(today());
    return this.checkUnder(request, version, null, this.memberKeysOf(request.members));
  }

  async create(request: CreateTrip.Request, caller: CallerContext): Promise<TripView> {
    const unitId = caller.unitId ?? request.unitId ?? null;
    if (!canChangeTrip(caller, caller.unitId ? unitId : null)) throw new DomainError(CommonErrors.forbidden, '无权登记因公临时出国');
    assertDates(request);
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const version = await this.rules.inForce(shanghaiDate(now), tx.manager);
      const members = request.members.map((m) => this.storeMember(m));
      const memberKeys = this.memberKeysOf(request.members);
      const created: TripRow = {
        id: randomUUID(),
        number: await this.trips.nextNumber(Number(shanghaiDate(now).slice(0, 4)), tx.manager),
        unitId,
        ...this.applicationOf(request),
        members,
        memberKeys,
        groupSize: members.length,
        status: 'draft',
        ruleVersionId: version.id,
        checkResult: await this.checkUnder(request, version, null, memberKeys, tx.manager),
        returnReason: null,
        publicityFrom: null,
        publicityEndsOn: null,
        publicityExplanation: [],
        departedOn: null,
        returnedOn: null,
        passportDueOn: null,
        passportsReturnedOn: null,
        reportDueOn: null,
        reportDueExplanation: [],
        report: null,
        publicSummary: null,
        reportedAt: null,
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.trips.insert(created, tx.manager);
      await this.trips.addHistory({ tripId: created.id, step: 'create', fromStatus: null, toStatus: 'draft', note: null, at: now, by: caller.username }, tx.manager);
      await tx.emit(TripEvents.created, snapshotOf(created), undefined, TripChanged.Event);
      return created;
    });
    return this.view(row, caller);
  }

  update(request: UpdateTrip.Request, caller: CallerContext): Promise<TripView> {
    assertDates(request);
    return this.step(request.id, request.expectedVersion, caller, 'update', 'applicant', async (row, tx) => {
      const version = await this.rules.inForce(today(), tx.manager);
      const previous = new Map(row.members.map((m) => [this.cipher.decrypt(m.idEncrypted).toUpperCase(), m]));
      Object.assign(row, this.applicationOf(request));
      // A member kept in the new list keeps their briefing.
      row.members = request.members.map((m) => {
        const stored = this.storeMember(m);
        const before = previous.get(m.idNumber.toUpperCase());
        return before ? { ...stored, briefedOn: before.briefedOn, briefingNote: before.briefingNote } : stored;
      });
      row.memberKeys = this.memberKeysOf(request.members);
      row.groupSize = row.members.length;
      row.ruleVersionId = version.id;
      row.checkResult = await this.checkUnder(request, version, row.id, row.memberKeys, tx.manager);
      return { event: TripEvents.updated };
    });
  }

  /** 报送: refused while any rule is breached (each breach listed with its rule), checked under the version in force today, which the trip keeps. */
  submit(request: SubmitTrip.Request, caller: CallerContext): Promise<TripView> {
    return this.step(request.id, request.expectedVersion, caller, 'submit', 'applicant', async (row, tx) => {
      const version = await this.rules.inForce(today(), tx.manager);
      const result = await this.checkUnder(row, version, row.id, row.memberKeys, tx.manager);
      if (result.breaches.length) {
        const errors: FieldError[] = result.breaches.map((b) => ({ field: b.rule, code: `TRIP.RULE.${b.rule.toUpperCase()}`, message: `${b.message}（依据：${b.basis}）` }));
        throw new DomainError(TripErrors.ruleBreach, `出访安排不符合规定，不能报送：${result.breaches.map((b) => b.message).join('；')}`, errors);
      }
      row.ruleVersionId = version.id;
      row.checkResult = result;
      row.returnReason = null;
      return { event: TripEvents.submitted };
    });
  }

  review(request: ReviewTrip.Request, caller: CallerContext): Promise<TripView> {
    return this.decide(request, caller, 'review');
  }

  approve(request: ApproveTrip.Request, caller: CallerContext): Promise<TripView> {
    return this.decide(request, caller, 'approve');
  }

  /** 公示: published on a day; it lasts the configured working days, counted by the engine; a 公示 too late blocks departure. */
  publicize(request: PublicizeTrip.Request, caller: CallerContext): Promise<TripView> {
    return this.step(request.id, request.expectedVersion, caller, 'publicize', 'section', async (row, tx) => {
      const version = await this.versionOf(row, tx.manager);
      const period = publicityPeriod(await this.calendarCopy.current(tx), request.publishedOn, version.limits);
      row.publicityFrom = request.publishedOn;
      row.publicityEndsOn = period.dueDate;
      row.publicityExplanation = period.explanation;
      const inTime = publicityOver(period.dueDate, row.departureDate);
      return { event: TripEvents.publicized, note: `公示期 ${request.publishedOn} 发布，${period.dueDate} 期满${inTime ? '' : `；期满晚于计划出境日 ${row.departureDate}，须待期满后方可出境`}` };
    });
  }

  /** 行前教育 of one traveller: required of every member before departure. */
  brief(request: BriefTrip.Request, caller: CallerContext): Promise<TripView> {
    return this.step(request.id, request.expectedVersion, caller, 'brief', 'section', (row) => {
      const member = row.members[request.member];
      if (!member) throw new DomainError(TripErrors.unknownMember, `团组中没有第 ${request.member + 1} 名成员`, [{ field: 'member', code: 'unknown', message: 'member：团组中没有该成员' }]);
      row.members = row.members.map((m, i) => (i === request.member ? { ...m, briefedOn: request.briefedOn, briefingNote: request.note.trim() } : m));
      return { event: TripEvents.briefed, note: `${member.name}：${request.note.trim()}` };
    });
  }

  /** 出境: only once the 公示 has run its full period, and every traveller has been briefed. */
  depart(request: DepartTrip.Request, caller: CallerContext): Promise<TripView> {
    return this.step(request.id, request.expectedVersion, caller, 'depart', 'applicant', (row) => {
      if (!publicityOver(row.publicityEndsOn, request.departedOn)) {
        throw new DomainError(
          TripErrors.publicityNotOver,
          `出访前公示须满 5 个工作日（RULES.md §2.8）：本团组公示 ${row.publicityFrom ?? '—'} 发布，${row.publicityEndsOn ?? '—'} 期满，${request.departedOn} 不能出境，最早 ${row.publicityEndsOn ? nextDay(row.publicityEndsOn) : '—'}`,
        );
      }
      const unbriefed = row.members.filter((m) => !m.briefedOn);
      if (unbriefed.length) throw new DomainError(TripErrors.briefingMissing, `以下成员尚未参加行前教育，不能出境：${unbriefed.map((m) => m.name).join('、')}`);
      row.departedOn = request.departedOn;
      return { event: TripEvents.departed };
    });
  }

  /** 回国: the report (1 month) and the passports (7 days) fall due, counted by the engine. */
  returnHome(request: ReturnTrip.Request, caller: CallerContext): Promise<TripView> {
    return this.step(request.id, request.expectedVersion, caller, 'return', 'applicant', async (row, tx) => {
      if (row.departedOn && request.returnedOn < row.departedOn) {
        throw new DomainError(TripErrors.badDate, `回国日期 ${request.returnedOn} 早于出境日期 ${row.departedOn}`, [{ field: 'returnedOn', code: 'beforeDeparture', message: 'returnedOn：回国日期不能早于出境日期' }]);
      }
      const [version, calendar] = [await this.versionOf(row, tx.manager), await this.calendarCopy.current(tx)];
      const report = reportDeadline(calendar, request.returnedOn, version.limits);
      const passports = passportDeadline(calendar, request.returnedOn, version.limits);
      Object.assign(row, { returnedOn: request.returnedOn, reportDueOn: report.dueDate, reportDueExplanation: report.explanation, passportDueOn: passports.dueDate });
      return { event: TripEvents.returned, note: `出访报告 ${report.dueDate} 前提交；护照 ${passports.dueDate} 前交回` };
    });
  }

  returnPassports(request: ReturnTripPassports.Request, caller: CallerContext): Promise<TripView> {
    return this.step(request.id, request.expectedVersion, caller, 'returnPassports', 'section', (row) => {
      if (row.passportsReturnedOn) throw new DomainError(TripErrors.invalidState, `护照已于 ${row.passportsReturnedOn} 交回`);
      if (row.returnedOn && request.returnedOn < row.returnedOn) {
        throw new DomainError(TripErrors.badDate, '护照交回日期早于回国日期', [{ field: 'returnedOn', code: 'beforeReturn', message: 'returnedOn：不能早于回国日期' }]);
      }
      row.passportsReturnedOn = request.returnedOn;
      const late = row.passportDueOn !== null && request.returnedOn > row.passportDueOn;
      return { event: TripEvents.passportsReturned, note: late ? `逾期交回（期限 ${row.passportDueOn}）` : null };
    });
  }

  /** 出访报告 and the public account of what was done; published as an event. */
  report(request: ReportTrip.Request, caller: CallerContext): Promise<TripView> {
    return this.step(request.id, request.expectedVersion, caller, 'report', 'applicant', async (row, tx) => {
      const now = new Date();
      row.report = request.report.trim();
      row.publicSummary = request.publicSummary.trim();
      row.reportedAt = now;
      const late = row.reportDueOn !== null && shanghaiDate(now) > row.reportDueOn;
      return {
        event: TripEvents.reported,
        note: late ? `逾期报告（期限 ${row.reportDueOn}）` : null,
        emit: async (saved: TripRow) => {
          const event: TripReported.Event = { ...snapshotOf(saved), publicSummary: saved.publicSummary ?? '', reportedAt: now.toISOString(), late };
          await tx.emit(TripEvents.reported, event, undefined, TripReported.Event);
        },
      };
    });
  }

  withdraw(request: WithdrawTrip.Request, caller: CallerContext): Promise<TripView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', 'applicant', (row) => {
      row.withdrawalReason = reason;
      return { event: TripEvents.withdrawn, note: reason };
    });
  }

  async get(id: string, caller: CallerContext): Promise<TripView> {
    const row = await this.trips.findById(id);
    if (!row || !canSeeTrip(caller, row.unitId)) throw new DomainError(TripErrors.notFound, '因公临时出国不存在或无权查看');
    return this.view(row, caller, true);
  }

  async list(request: ListTrips.Request, caller: CallerContext): Promise<ListTrips.Reply> {
    const access = tripAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看因公临时出国');
    const page = pageOf(request);
    const { items, total } = await this.trips.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    const day = today();
    return { items: items.map((row) => toTripView(row, day)), total, ...page };
  }

  // ------------------------------------------------------------------ internals

  private decide(request: ReviewTrip.Request | ApproveTrip.Request, caller: CallerContext, step: 'review' | 'approve'): Promise<TripView> {
    const opinion = reasonOf(request.opinion);
    if (!opinion) throw new DomainError(CommonErrors.validationFailed, '请填写意见', [{ field: 'opinion', code: 'minLength', message: 'opinion：请填写意见（至少 2 个字）' }]);
    return this.step(request.id, request.expectedVersion, caller, step, step === 'approve' ? 'leader' : 'section', (row) => {
      if (request.decision === 'return') {
        row.returnReason = opinion;
        return { event: TripEvents.sentBack, note: opinion, decision: 'return', historyStep: 'sendBack' };
      }
      return { event: step === 'approve' ? TripEvents.approved : TripEvents.reviewed, note: opinion, decision: 'pass' };
    });
  }

  /** One step on a versioned trip, in one transaction: seen, allowed, at the version held, saved, its timeline line, its events and 待办. */
  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    step: TripStep,
    who: 'applicant' | 'section' | 'leader',
    change: (row: TripRow, tx: Tx) => (StepChange & { emit?: (saved: TripRow) => Promise<void> }) | Promise<StepChange & { emit?: (saved: TripRow) => Promise<void> }>,
  ): Promise<TripView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.trips.findById(id, tx.manager, true);
      if (!current || !canSeeTrip(caller, current.unitId)) throw new DomainError(TripErrors.notFound, '因公临时出国不存在或无权查看');
      const allowed = who === 'applicant' ? canChangeTrip(caller, current.unitId) : who === 'section' ? canHandleTrip(caller) : canApproveTrip(caller);
      if (!allowed) throw new DomainError(CommonErrors.forbidden, who === 'leader' ? '只有区领导可以审批因公临时出国' : who === 'section' ? '只有外事科可以办理此步骤' : '无权办理该因公临时出国');
      if (current.version !== expectedVersion) {
        throw new DomainError(TripErrors.versionConflict, `因公临时出国已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(TripErrors.invalidState, `因公临时出国当前为「${TRIP_STATUS_LABELS[current.status]}」，不能${STEP_LABELS[step]}`);
      const calendar = await this.calendarCopy.current(tx);
      const before = await this.waitingOf(current, calendar, tx.manager);
      const next: TripRow = { ...current, members: [...current.members] };
      const done = await change(next, tx);
      const now = new Date();
      Object.assign(next, { status: statusAfter(step, current.status, done.decision), version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.trips.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(TripErrors.versionConflict, '因公临时出国已被他人修改，请刷新后重试');
      await this.trips.addHistory({ tripId: next.id, step: done.historyStep ?? step, fromStatus: current.status, toStatus: next.status, note: done.note ?? null, at: now, by: caller.username }, tx.manager);
      if (done.emit) await done.emit(next);
      else await tx.emit(done.event, snapshotOf(next), undefined, TripChanged.Event);
      await publishTaskChanges(tx, tripTaskChange(before, next, await this.waitingOf(next, calendar, tx.manager), caller.userId));
      return next;
    });
    return this.view(row, caller, true);
  }

  private async waitingOf(row: TripRow, calendar: WorkingCalendar, manager: EntityManager): Promise<WaitingStep[]> {
    if (row.status !== 'approved') return tripTasks(row);
    const version = await this.versionOf(row, manager);
    return tripTasks(row, latestPublicationDay(calendar, row.departureDate, version.limits));
  }

  /**
   * Re-dates what hangs on the calendar when a year is loaded or corrected: a running 公示's end, the report's and the
   * passports' due days, each with its new explanation, a timeline line and the 待办 re-published.
   */
  private async redate(tx: Tx, calendar: WorkingCalendar): Promise<void> {
    for (const row of await this.trips.withOpenDeadlines(tx.manager)) {
      const version = await this.versionOf(row, tx.manager);
      const next: TripRow = { ...row };
      if (row.status === 'publicized' && row.publicityFrom) {
        const period = publicityPeriod(calendar, row.publicityFrom, version.limits);
        Object.assign(next, { publicityEndsOn: period.dueDate, publicityExplanation: period.explanation });
      }
      if (row.returnedOn) {
        const report = reportDeadline(calendar, row.returnedOn, version.limits);
        Object.assign(next, { reportDueOn: report.dueDate, reportDueExplanation: report.explanation, passportDueOn: passportDeadline(calendar, row.returnedOn, version.limits).dueDate });
      }
      if (next.publicityEndsOn === row.publicityEndsOn && next.reportDueOn === row.reportDueOn && next.passportDueOn === row.passportDueOn) continue;
      const now = new Date();
      Object.assign(next, { version: row.version + 1, updatedAt: now, updatedBy: '系统' });
      if (!(await this.trips.saveIfVersion(next, row.version, tx.manager))) continue;
      await this.trips.addHistory({ tripId: row.id, step: 'redate', fromStatus: row.status, toStatus: row.status, note: '工作日历调整，期限重新计算', at: now, by: '系统' }, tx.manager);
      await publishTaskChanges(tx, tripTaskChange(tripTasks(row), next, tripTasks(next)));
    }
  }

  private async view(row: TripRow, caller: CallerContext, withHistory = false): Promise<TripView> {
    const disclosure = withHistory && canRevealMembers(caller, row.unitId) ? { kind: 'full' as const, cipher: this.cipher } : { kind: 'masked' as const };
    return toTripView(row, today(), disclosure, withHistory ? await this.trips.history(row.id) : []);
  }

  private async versionOf(row: TripRow, manager: EntityManager): Promise<TripRuleVersion> {
    return (await this.trips.ruleVersion(row.ruleVersionId, manager)) ?? this.rules.inForce(today(), manager);
  }

  private async checkUnder(trip: Parameters<typeof checkTrip>[0], version: TripRuleVersion, exceptId: string | null, keys: string[], manager?: EntityManager): Promise<TripCheckView> {
    const counts = await this.trips.tripsPerKey(keys, trip.departureDate, version.limits.frequencyYears, exceptId, manager);
    return checkTrip(trip, version, keys.map((key) => counts.get(key) ?? 0));
  }

  private memberKeysOf(members: TripFields['members']): string[] {
    return members.map((m) => this.memberKey.of(m.idNumber));
  }

  private storeMember(m: TripFields['members'][number]): StoredMember {
    const id = m.idNumber.trim().toUpperCase();
    const passport = m.passportNumber?.trim().toUpperCase() || null;
    return {
      name: m.name.trim(),
      post: m.post.trim(),
      rank: m.rank.trim(),
      unitName: m.unitName.trim(),
      leadership: m.leadership,
      role: m.role,
      idEncrypted: this.cipher.encrypt(id),
      idMasked: maskIdNumber(id),
      passportEncrypted: passport ? this.cipher.encrypt(passport) : null,
      passportMasked: passport ? maskPassport(passport) : null,
      briefedOn: null,
      briefingNote: null,
    };
  }

  private applicationOf(request: TripFields): Pick<TripRow, 'unitName' | 'title' | 'purpose' | 'planYear' | 'planEntry' | 'countries' | 'departureDate' | 'returnDate' | 'itinerary' | 'inviter' | 'invitationSummary' | 'budgetFen'> {
    return {
      unitName: request.unitName.trim(),
      title: request.title.trim(),
      purpose: request.purpose.trim(),
      planYear: request.planYear,
      planEntry: request.planEntry.trim(),
      countries: request.countries.map((c) => ({ name: c.name.trim(), region: c.region, transit: c.transit, leavesAirport: c.leavesAirport })),
      departureDate: request.departureDate,
      returnDate: request.returnDate,
      itinerary: [...request.itinerary].sort((a, b) => a.date.localeCompare(b.date)).map((d) => ({ date: d.date, place: d.place.trim(), business: d.business.trim(), official: d.official })),
      inviter: request.inviter.trim(),
      invitationSummary: request.invitationSummary.trim(),
      budgetFen: request.budgetFen,
    };
  }
}

function assertDates(fields: Pick<TripFields, 'departureDate' | 'returnDate'>): void {
  if (fields.returnDate < fields.departureDate) {
    throw new DomainError(TripErrors.badDate, `入境日期 ${fields.returnDate} 早于出境日期 ${fields.departureDate}`, [{ field: 'returnDate', code: 'beforeDeparture', message: 'returnDate：入境日期不能早于出境日期' }]);
  }
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

