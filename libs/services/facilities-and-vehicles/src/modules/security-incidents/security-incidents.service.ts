import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  SECURITY_INCIDENT_STATUS_LABELS,
  SecurityIncidentChanged,
  SecurityIncidentErrors,
  SecurityIncidentEscalated,
  SecurityIncidentEvents,
  type CloseSecurityIncident,
  type CreateSecurityIncident,
  type EscalateSecurityIncident,
  type ListSecurityIncidents,
  type SecurityIncidentFields,
  type SecurityIncidentView,
  type UpdateSecurityIncident,
  type WithdrawSecurityIncident,
} from '@gov/contracts-facilities-and-vehicles';
import { DomainError, requireReason, Transactions, type Tx } from '@gov/platform';
import { canManageSecurityIncidents, canReadSecurityIncidents } from './security-incidents.policy.js';
import { SecurityIncidentsRepository, type SecurityIncidentRow } from './security-incidents.repository.js';
import { canTake, escalationSummary, isInFuture, statusAfter, type SecurityIncidentStep } from './security-incidents.rules.js';
import { snapshotOf, toSecurityIncidentView } from './security-incidents.views.js';

const NOT_FOUND = '安全事件不存在或无权查看';
const MANAGERS_ONLY = '安全事件由机关事务管理科登记和处置';

/**
 * 安全事件 of the compound: recorded by the section, changed while open, closed with its handling, withdrawn with a
 * reason, and escalated once to the duty office (an outbox event keyed on the incident, which duty-and-meetings turns
 * into one 紧急事项).
 */
@Injectable()
export class SecurityIncidentsService {
  constructor(
    private readonly securityIncidents: SecurityIncidentsRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateSecurityIncident.Request, caller: CallerContext): Promise<SecurityIncidentView> {
    if (!canManageSecurityIncidents(caller)) throw new DomainError(CommonErrors.forbidden, MANAGERS_ONLY);
    const now = new Date();
    const facts = this.factsOf(request, now);
    const row: SecurityIncidentRow = {
      id: randomUUID(),
      ...facts,
      status: 'open',
      closedAt: null,
      withdrawalReason: null,
      escalationLevel: null,
      escalatedAt: null,
      escalatedBy: null,
      escalationNote: null,
      version: 1,
      createdAt: now,
      createdBy: caller.username,
      updatedAt: now,
      updatedBy: caller.username,
    };
    await this.transactions.run(async (tx) => {
      await this.securityIncidents.insert(row, tx.manager);
      await tx.emit(SecurityIncidentEvents.created, snapshotOf(row), undefined, SecurityIncidentChanged.Event);
    });
    return toSecurityIncidentView(row);
  }

  update(request: UpdateSecurityIncident.Request, caller: CallerContext): Promise<SecurityIncidentView> {
    const facts = this.factsOf(request, new Date());
    return this.step(request.id, request.expectedVersion, caller, 'update', async (row, _now, tx) => {
      Object.assign(row, facts);
      await tx.emit(SecurityIncidentEvents.updated, snapshotOf(row), undefined, SecurityIncidentChanged.Event);
    });
  }

  close(request: CloseSecurityIncident.Request, caller: CallerContext): Promise<SecurityIncidentView> {
    return this.step(request.id, request.expectedVersion, caller, 'close', async (row, now, tx) => {
      row.handling = request.handling.trim();
      row.closedAt = now;
      await tx.emit(SecurityIncidentEvents.closed, snapshotOf(row), undefined, SecurityIncidentChanged.Event);
    });
  }

  /** 上报值班室: once per incident; the event id is the incident's id, so the duty office opens one matter for it. */
  escalate(request: EscalateSecurityIncident.Request, caller: CallerContext): Promise<SecurityIncidentView> {
    return this.step(request.id, request.expectedVersion, caller, 'escalate', async (row, now, tx) => {
      if (row.escalatedAt) {
        throw new DomainError(SecurityIncidentErrors.alreadyEscalated, `该事件已于 ${row.escalatedAt.toISOString()} 由 ${row.escalatedBy ?? ''} 上报值班室，不能重复上报`);
      }
      const note = request.note?.trim() || null;
      Object.assign(row, { escalationLevel: request.level, escalatedAt: now, escalatedBy: caller.username, escalationNote: note });
      const event: SecurityIncidentEscalated.Event = {
        incidentId: row.id,
        kind: row.kind,
        title: row.title,
        level: request.level,
        occurredAt: row.occurredAt.toISOString(),
        receivedAt: now.toISOString(),
        location: row.place,
        summary: escalationSummary(row.description, row.handling, note),
        escalatedBy: caller.username,
      };
      await tx.emit(SecurityIncidentEvents.escalated, event, row.id, SecurityIncidentEscalated.Event);
    });
  }

  withdraw(request: WithdrawSecurityIncident.Request, caller: CallerContext): Promise<SecurityIncidentView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', async (row, _now, tx) => {
      row.withdrawalReason = reason;
      await tx.emit(SecurityIncidentEvents.withdrawn, snapshotOf(row), undefined, SecurityIncidentChanged.Event);
    });
  }

  async get(id: string, caller: CallerContext): Promise<SecurityIncidentView> {
    if (!canReadSecurityIncidents(caller)) throw new DomainError(SecurityIncidentErrors.notFound, NOT_FOUND);
    const row = await this.securityIncidents.findById(id);
    if (!row) throw new DomainError(SecurityIncidentErrors.notFound, NOT_FOUND);
    return toSecurityIncidentView(row);
  }

  async list(request: ListSecurityIncidents.Request, caller: CallerContext): Promise<ListSecurityIncidents.Reply> {
    if (!canReadSecurityIncidents(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看安全事件');
    const page = pageOf(request);
    const { items, total } = await this.securityIncidents.search({ ...request, ...page });
    return { items: items.map(toSecurityIncidentView), total, ...page };
  }

  /** The facts as given, trimmed; an occurrence in the future is refused. */
  private factsOf(request: SecurityIncidentFields, now: Date): Pick<SecurityIncidentRow, 'title' | 'kind' | 'occurredAt' | 'place' | 'description' | 'handling'> {
    const occurredAt = new Date(request.occurredAt);
    if (isInFuture(occurredAt, now)) {
      throw new DomainError(SecurityIncidentErrors.futureTime, '发生时间不能晚于现在', [{ field: 'occurredAt', code: 'future', message: 'occurredAt：发生时间不能晚于现在' }]);
    }
    return { title: request.title.trim(), kind: request.kind, occurredAt, place: request.place.trim(), description: request.description.trim(), handling: request.handling?.trim() || null };
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its event in the outbox. */
  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    step: SecurityIncidentStep,
    change: (row: SecurityIncidentRow, now: Date, tx: Tx) => Promise<void>,
  ): Promise<SecurityIncidentView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.securityIncidents.findById(id, tx.manager, true);
      if (!current || !canReadSecurityIncidents(caller)) throw new DomainError(SecurityIncidentErrors.notFound, NOT_FOUND);
      if (!canManageSecurityIncidents(caller)) throw new DomainError(CommonErrors.forbidden, MANAGERS_ONLY);
      if (current.version !== expectedVersion) {
        throw new DomainError(SecurityIncidentErrors.versionConflict, `安全事件已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(SecurityIncidentErrors.invalidState, `安全事件当前状态为「${SECURITY_INCIDENT_STATUS_LABELS[current.status]}」，不能进行此操作`);
      const now = new Date();
      const next: SecurityIncidentRow = { ...current, status: statusAfter(step, current.status), version: current.version + 1, updatedAt: now, updatedBy: caller.username };
      await change(next, now, tx);
      if (!(await this.securityIncidents.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(SecurityIncidentErrors.versionConflict, '安全事件已被他人修改，请刷新后重试');
      return next;
    });
    return toSecurityIncidentView(row);
  }
}
