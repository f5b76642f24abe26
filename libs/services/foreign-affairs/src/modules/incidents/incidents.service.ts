import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  IncidentChanged,
  IncidentErrors,
  IncidentEvents,
  IncidentReported,
  INCIDENT_STATUS_LABELS,
  type ActOnIncident,
  type CloseIncident,
  type CreateIncident,
  type IncidentFields,
  type IncidentView,
  type ListIncidents,
  type ReportIncident,
  type UpdateIncident,
  type WithdrawIncident,
} from '@gov/contracts-foreign-affairs';
import { DomainError, FieldCipher, maskPhone, publishTaskChanges, requireReason, Transactions, type Tx, type WaitingStep } from '@gov/platform';
import { canChangeIncident, canSeeIncident, incidentAccess } from './incidents.policy.js';
import { IncidentsRepository, type IncidentRow } from './incidents.repository.js';
import { canClose, canTake, nextReport, statusAfter, type IncidentStep } from './incidents.rules.js';
import { snapshotOf, toIncidentView, urgentMatterOf } from './incidents.views.js';

const STEP_LABELS: Record<IncidentStep, string> = { update: '更正', report: '报告', act: '登记处置措施', close: '结案', withdraw: '撤回' };

/** An open case waits on 外事科 until it is closed. */
function incidentTasks(row: IncidentRow): WaitingStep[] {
  if (row.status !== 'open') return [];
  return [
    {
      step: 'handle',
      kind: 'foreign_incident',
      title: `处置${row.kind === 'consular' ? '领事保护' : '涉外案事件'}：${row.title}`,
      assignee: { type: 'role', id: 'section_staff' },
      section: 'waishi',
      link: `/foreign-affairs/incidents/${row.id}`,
    },
  ];
}

/**
 * 涉外案事件 and 领事保护, as cases: received (and reported to the duty office as an urgent matter through
 * `incident.reported`), reported up the chain 初报 → 续报 → 终报, actions recorded, closed with the outcome after the 终报.
 */
@Injectable()
export class IncidentsService {
  constructor(
    private readonly incidents: IncidentsRepository,
    private readonly transactions: Transactions,
    @Inject(FieldCipher) private readonly cipher: FieldCipher,
  ) {}

  async create(request: CreateIncident.Request, caller: CallerContext): Promise<IncidentView> {
    const unitId = caller.unitId ?? null;
    if (!canChangeIncident(caller, unitId)) throw new DomainError(CommonErrors.forbidden, '无权登记涉外案事件');
    assertTimes(request);
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const created: IncidentRow = {
        id: randomUUID(),
        unitId,
        ...this.factsOf(request),
        reports: [],
        actions: [],
        status: 'open',
        outcome: null,
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.incidents.insert(created, tx.manager);
      await this.incidents.addHistory({ incidentId: created.id, step: 'create', fromStatus: null, toStatus: 'open', note: null, at: now, by: caller.username }, tx.manager);
      await tx.emit(IncidentEvents.reported, urgentMatterOf(created), created.id, IncidentReported.Event);
      await publishTaskChanges(tx, { app: 'foreign-affairs', record: { type: 'incident', id: created.id }, before: [], after: incidentTasks(created), version: 1, by: caller.userId });
      return created;
    });
    return toIncidentView(row, this.cipher);
  }

  update(request: UpdateIncident.Request, caller: CallerContext): Promise<IncidentView> {
    assertTimes(request);
    return this.step(request.id, request.expectedVersion, caller, 'update', async (row, tx) => {
      Object.assign(row, this.factsOf(request));
      await tx.emit(IncidentEvents.updated, snapshotOf(row), undefined, IncidentChanged.Event);
      return null;
    });
  }

  report(request: ReportIncident.Request, caller: CallerContext): Promise<IncidentView> {
    return this.step(request.id, request.expectedVersion, caller, 'report', async (row, tx) => {
      const next = nextReport(
        row.reports.map((r) => r.stage),
        request.stage,
      );
      if ('problem' in next) throw new DomainError(IncidentErrors.reportChain, next.problem);
      row.reports = [...row.reports, { stage: request.stage, label: next.label, reportedAt: new Date(request.reportedAt).toISOString(), to: request.to.trim(), content: request.content.trim(), by: caller.username }];
      await tx.emit(IncidentEvents.reportAdded, snapshotOf(row), undefined, IncidentChanged.Event);
      return `${next.label}：报${request.to.trim()}`;
    });
  }

  act(request: ActOnIncident.Request, caller: CallerContext): Promise<IncidentView> {
    return this.step(request.id, request.expectedVersion, caller, 'act', async (row, tx) => {
      row.actions = [...row.actions, { at: new Date(request.at).toISOString(), action: request.action.trim(), by: caller.username }];
      await tx.emit(IncidentEvents.acted, snapshotOf(row), undefined, IncidentChanged.Event);
      return request.action.trim();
    });
  }

  close(request: CloseIncident.Request, caller: CallerContext): Promise<IncidentView> {
    return this.step(request.id, request.expectedVersion, caller, 'close', async (row, tx) => {
      if (!canClose(row.reports.map((r) => r.stage))) throw new DomainError(IncidentErrors.reportChain, '须先终报，才能结案');
      row.outcome = request.outcome.trim();
      await tx.emit(IncidentEvents.closed, snapshotOf(row), undefined, IncidentChanged.Event);
      return row.outcome;
    });
  }

  withdraw(request: WithdrawIncident.Request, caller: CallerContext): Promise<IncidentView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', async (row, tx) => {
      row.withdrawalReason = reason;
      await tx.emit(IncidentEvents.withdrawn, snapshotOf(row), undefined, IncidentChanged.Event);
      return reason;
    });
  }

  async get(id: string, caller: CallerContext): Promise<IncidentView> {
    const row = await this.incidents.findById(id);
    if (!row || !canSeeIncident(caller, row.unitId)) throw new DomainError(IncidentErrors.notFound, '涉外案事件不存在或无权查看');
    return toIncidentView(row, this.cipher);
  }

  async list(request: ListIncidents.Request, caller: CallerContext): Promise<ListIncidents.Reply> {
    const access = incidentAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看涉外案事件');
    const page = pageOf(request);
    const { items, total } = await this.incidents.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    return { items: items.map((row) => toIncidentView(row)), total, ...page };
  }

  private async step(id: string, expectedVersion: number, caller: CallerContext, step: IncidentStep, change: (row: IncidentRow, tx: Tx) => Promise<string | null>): Promise<IncidentView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.incidents.findById(id, tx.manager, true);
      if (!current || !canSeeIncident(caller, current.unitId)) throw new DomainError(IncidentErrors.notFound, '涉外案事件不存在或无权查看');
      if (!canChangeIncident(caller, current.unitId)) throw new DomainError(CommonErrors.forbidden, '无权办理该涉外案事件');
      if (current.version !== expectedVersion) {
        throw new DomainError(IncidentErrors.versionConflict, `涉外案事件已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(IncidentErrors.invalidState, `涉外案事件当前为「${INCIDENT_STATUS_LABELS[current.status]}」，不能${STEP_LABELS[step]}`);
      const now = new Date();
      const next: IncidentRow = { ...current, status: statusAfter(step, current.status), version: current.version + 1, updatedAt: now, updatedBy: caller.username };
      const note = await change(next, tx);
      if (!(await this.incidents.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(IncidentErrors.versionConflict, '涉外案事件已被他人修改，请刷新后重试');
      await this.incidents.addHistory({ incidentId: id, step, fromStatus: current.status, toStatus: next.status, note, at: now, by: caller.username }, tx.manager);
      await publishTaskChanges(tx, {
        app: 'foreign-affairs',
        record: { type: 'incident', id },
        before: incidentTasks(current),
        after: incidentTasks(next),
        version: next.version,
        by: caller.userId,
        outcome: next.status === 'withdrawn' ? 'withdrawn' : 'done',
      });
      return next;
    });
    return toIncidentView(row, this.cipher);
  }

  private factsOf(request: IncidentFields): Pick<IncidentRow, 'kind' | 'title' | 'level' | 'occurredAt' | 'receivedAt' | 'location' | 'country' | 'summary' | 'units' | 'contacts'> {
    return {
      kind: request.kind,
      title: request.title.trim(),
      level: request.level,
      occurredAt: new Date(request.occurredAt).toISOString(),
      receivedAt: new Date(request.receivedAt).toISOString(),
      location: request.location?.trim() || null,
      country: request.country?.trim() || null,
      summary: request.summary.trim(),
      units: request.units.map((u) => ({ ...(u.unitId ? { unitId: u.unitId } : {}), name: u.name.trim() })),
      contacts: request.contacts.map((c) => ({ name: c.name.trim(), relation: c.relation.trim(), phoneEncrypted: this.cipher.encrypt(c.phone.trim()), phoneMasked: maskPhone(c.phone) })),
    };
  }
}

function assertTimes(fields: IncidentFields): void {
  if (Date.parse(fields.receivedAt) < Date.parse(fields.occurredAt)) {
    throw new DomainError(IncidentErrors.badTimes, '接报时间早于发生时间', [{ field: 'receivedAt', code: 'beforeOccurred', message: 'receivedAt：接报时间不能早于发生时间' }]);
  }
}
