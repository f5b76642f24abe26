import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  EducationSessionChanged,
  EducationSessionErrors,
  EducationSessionEvents,
  RegulationChanged,
  RegulationErrors,
  RegulationEvents,
  type CreateEducationSession,
  type CreateRegulation,
  type EducationSessionFields,
  type EducationSessionView,
  type ListEducationSessions,
  type ListRegulationRevisions,
  type ListRegulations,
  type PersonEducationHistory,
  type RegulationView,
  type RepealRegulation,
  type ReviseRegulation,
  type UpdateEducationSession,
  type WithdrawEducationSession,
} from '@gov/contracts-foreign-affairs';
import { DomainError, requireReason, Transactions } from '@gov/platform';
import type { EntityManager } from 'typeorm';
import { canManageRegulations, canReadEducation, canReadRegulations } from './regulations.policy.js';
import { RegulationsRepository, type EducationSessionRow, type RegulationRow } from './regulations.repository.js';
import {
  attendanceProblems,
  canTakeEducationStep,
  canTakeRegulationStep,
  normalizedAttendees,
  regulationStatusAfter,
  repealDateOk,
  revisionDateOk,
  type EducationStep,
  type RegulationStep,
} from './regulations.rules.js';
import { personEntries, sessionSnapshotOf, snapshotOf, toRegulationView, toRevisionView, toSessionView } from './regulations.views.js';

const NOT_FOUND = '外事制度规则不存在或无权查看';
const SESSION_NOT_FOUND = '外事教育记录不存在或无权查看';

/** 外事制度规则 (texts kept by version, repealed with a reason) and 外事教育 (sessions, attendance, per-person history). */
@Injectable()
export class RegulationsService {
  constructor(
    private readonly regulations: RegulationsRepository,
    private readonly transactions: Transactions,
  ) {}

  // ---- 外事制度规则 ----

  async create(request: CreateRegulation.Request, caller: CallerContext): Promise<RegulationView> {
    if (!canManageRegulations(caller)) throw new DomainError(CommonErrors.forbidden, '只有外事科可以登记外事制度规则');
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const created: RegulationRow = {
        id: randomUUID(),
        ...textOf(request),
        revision: 1,
        status: 'in_force',
        repealedOn: null,
        repealReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.regulations.insert(created, tx.manager);
      await this.regulations.addRevision({ regulationId: created.id, revision: 1, ...textOf(request), note: null, recordedAt: now, recordedBy: caller.username }, tx.manager);
      await tx.emit(RegulationEvents.created, snapshotOf(created), undefined, RegulationChanged.Event);
      return created;
    });
    return toRegulationView(row);
  }

  /** A new text: the current one stays in the history under its revision number. */
  revise(request: ReviseRegulation.Request, caller: CallerContext): Promise<RegulationView> {
    return this.regulationStep(request.id, request.expectedVersion, caller, 'revise', async (row, now, manager) => {
      if (!revisionDateOk(row.effectiveOn, request.effectiveOn)) {
        throw new DomainError(RegulationErrors.badDates, `新版本施行日期 ${request.effectiveOn} 早于现行版本 ${row.effectiveOn}`, [{ field: 'effectiveOn', code: 'beforeCurrent', message: 'effectiveOn：新版本的施行日期不能早于现行版本' }]);
      }
      Object.assign(row, textOf(request), { revision: row.revision + 1 });
      await this.regulations.addRevision({ regulationId: row.id, revision: row.revision, ...textOf(request), note: request.note?.trim() || null, recordedAt: now, recordedBy: caller.username }, manager);
      return RegulationEvents.revised;
    });
  }

  repeal(request: RepealRegulation.Request, caller: CallerContext): Promise<RegulationView> {
    const reason = requireReason(request.reason, '废止');
    return this.regulationStep(request.id, request.expectedVersion, caller, 'repeal', (row) => {
      if (!repealDateOk(row.effectiveOn, request.repealedOn)) {
        throw new DomainError(RegulationErrors.badDates, `废止日期 ${request.repealedOn} 早于施行日期 ${row.effectiveOn}`, [{ field: 'repealedOn', code: 'beforeEffective', message: 'repealedOn：废止日期不能早于施行日期' }]);
      }
      row.repealedOn = request.repealedOn;
      row.repealReason = reason;
      return Promise.resolve(RegulationEvents.repealed);
    });
  }

  async get(id: string, caller: CallerContext): Promise<RegulationView> {
    const row = await this.regulations.findById(id);
    if (!row || !canReadRegulations(caller)) throw new DomainError(RegulationErrors.notFound, NOT_FOUND);
    return toRegulationView(row);
  }

  async revisions(request: ListRegulationRevisions.Request, caller: CallerContext): Promise<ListRegulationRevisions.Reply> {
    const row = await this.regulations.findById(request.id);
    if (!row || !canReadRegulations(caller)) throw new DomainError(RegulationErrors.notFound, NOT_FOUND);
    return { items: (await this.regulations.revisions(row.id)).map(toRevisionView) };
  }

  async list(request: ListRegulations.Request, caller: CallerContext): Promise<ListRegulations.Reply> {
    if (!canReadRegulations(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看外事制度规则');
    const page = pageOf(request);
    const { items, total } = await this.regulations.search({ ...request, ...page });
    return { items: items.map(toRegulationView), total, ...page };
  }

  private async regulationStep(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    step: RegulationStep,
    change: (row: RegulationRow, now: Date, manager: EntityManager) => Promise<string>,
  ): Promise<RegulationView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.regulations.findById(id, tx.manager, true);
      if (!current || !canReadRegulations(caller)) throw new DomainError(RegulationErrors.notFound, NOT_FOUND);
      if (!canManageRegulations(caller)) throw new DomainError(CommonErrors.forbidden, '只有外事科可以修订或废止外事制度规则');
      if (current.version !== expectedVersion) {
        throw new DomainError(RegulationErrors.versionConflict, `外事制度规则已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTakeRegulationStep(step, current.status)) throw new DomainError(RegulationErrors.invalidState, `外事制度规则已废止，不能${step === 'revise' ? '修订' : '再次废止'}`);
      const now = new Date();
      const next: RegulationRow = { ...current };
      const event = await change(next, now, tx.manager);
      Object.assign(next, { status: regulationStatusAfter(step, current.status), version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.regulations.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(RegulationErrors.versionConflict, '外事制度规则已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, RegulationChanged.Event);
      return next;
    });
    return toRegulationView(row);
  }

  // ---- 外事教育 ----

  async createSession(request: CreateEducationSession.Request, caller: CallerContext): Promise<EducationSessionView> {
    if (!canManageRegulations(caller)) throw new DomainError(CommonErrors.forbidden, '只有外事科可以登记外事教育');
    const facts = sessionFactsOf(request);
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const created: EducationSessionRow = { id: randomUUID(), ...facts, status: 'recorded', withdrawalReason: null, version: 1, createdAt: now, createdBy: caller.username, updatedAt: now, updatedBy: caller.username };
      await this.regulations.insertSession(created, tx.manager);
      await this.regulations.addSessionHistory({ sessionId: created.id, step: 'create', note: null, at: now, by: caller.username }, tx.manager);
      await tx.emit(EducationSessionEvents.recorded, sessionSnapshotOf(created), undefined, EducationSessionChanged.Event);
      return created;
    });
    return toSessionView(row);
  }

  updateSession(request: UpdateEducationSession.Request, caller: CallerContext): Promise<EducationSessionView> {
    const facts = sessionFactsOf(request);
    return this.sessionStep(request.id, request.expectedVersion, caller, 'update', (row) => {
      Object.assign(row, facts);
      return { event: EducationSessionEvents.updated, note: null };
    });
  }

  withdrawSession(request: WithdrawEducationSession.Request, caller: CallerContext): Promise<EducationSessionView> {
    const reason = requireReason(request.reason);
    return this.sessionStep(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.status = 'withdrawn';
      row.withdrawalReason = reason;
      return { event: EducationSessionEvents.withdrawn, note: reason };
    });
  }

  async getSession(id: string, caller: CallerContext): Promise<EducationSessionView> {
    const row = await this.regulations.findSession(id);
    if (!row || !canReadEducation(caller)) throw new DomainError(EducationSessionErrors.notFound, SESSION_NOT_FOUND);
    return toSessionView(row);
  }

  async listSessions(request: ListEducationSessions.Request, caller: CallerContext): Promise<ListEducationSessions.Reply> {
    if (!canReadEducation(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看外事教育记录');
    const page = pageOf(request);
    const { items, total } = await this.regulations.searchSessions({ ...request, ...page });
    return { items: items.map(toSessionView), total, ...page };
  }

  async personHistory(request: PersonEducationHistory.Request, caller: CallerContext): Promise<PersonEducationHistory.Reply> {
    if (!canReadEducation(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看外事教育记录');
    const name = request.name.trim();
    const unitName = request.unitName?.trim() || undefined;
    return { items: personEntries(await this.regulations.sessionsOf(name, unitName), name, unitName) };
  }

  private async sessionStep(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    step: EducationStep,
    change: (row: EducationSessionRow) => { event: string; note: string | null },
  ): Promise<EducationSessionView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.regulations.findSession(id, tx.manager, true);
      if (!current || !canReadEducation(caller)) throw new DomainError(EducationSessionErrors.notFound, SESSION_NOT_FOUND);
      if (!canManageRegulations(caller)) throw new DomainError(CommonErrors.forbidden, '只有外事科可以修改外事教育记录');
      if (current.version !== expectedVersion) {
        throw new DomainError(EducationSessionErrors.versionConflict, `外事教育记录已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTakeEducationStep(step, current.status)) throw new DomainError(EducationSessionErrors.invalidState, '外事教育记录已撤回，不能再办理');
      const now = new Date();
      const next: EducationSessionRow = { ...current };
      const done = change(next);
      Object.assign(next, { version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.regulations.saveSessionIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(EducationSessionErrors.versionConflict, '外事教育记录已被他人修改，请刷新后重试');
      await this.regulations.addSessionHistory({ sessionId: id, step, note: done.note, at: now, by: caller.username }, tx.manager);
      await tx.emit(done.event, sessionSnapshotOf(next), undefined, EducationSessionChanged.Event);
      return next;
    });
    return toSessionView(row);
  }
}

function textOf(request: CreateRegulation.Request): Pick<RegulationRow, 'title' | 'documentNumber' | 'kind' | 'effectiveOn' | 'body'> {
  return { title: request.title.trim(), documentNumber: request.documentNumber.trim(), kind: request.kind, effectiveOn: request.effectiveOn, body: request.body };
}

/** The session's facts, its attendance checked (a reason for each absence, nobody twice): refused with one field error each. */
function sessionFactsOf(request: EducationSessionFields): Pick<EducationSessionRow, 'heldOn' | 'topic' | 'kind' | 'speaker' | 'tripId' | 'attendees'> {
  const problems = attendanceProblems(request.attendees);
  if (problems.length) {
    throw new DomainError(
      EducationSessionErrors.badAttendance,
      problems.map((p) => p.message).join('；'),
      problems.map((p) => ({ field: `attendees[${p.index}]`, code: p.code, message: p.message })),
    );
  }
  return { heldOn: request.heldOn, topic: request.topic.trim(), kind: request.kind, speaker: request.speaker.trim(), tripId: request.tripId ?? null, attendees: normalizedAttendees(request.attendees) };
}
