import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { shanghaiDate } from '@gov/calendar';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  DISPOSAL_KIND_LABELS,
  OFFICE_BUILDING_STATUS_LABELS,
  UNIFICATION_LABELS,
  UNIFICATIONS,
  OfficeBuildingChanged,
  OfficeBuildingErrors,
  OfficeBuildingEvents,
  type AddBuildingEntry,
  type CreateOfficeBuilding,
  type ListOfficeBuildings,
  type OfficeBuildingUnificationSummary,
  type OfficeBuildingView,
  type UpdateOfficeBuilding,
  type VoidBuildingEntry,
  type WithdrawOfficeBuilding,
} from '@gov/contracts-facilities-and-vehicles';
import { DomainError, requireReason, Transactions, type Tx } from '@gov/platform';
import { RemindersJob } from '../reminders/reminders.job.js';
import { ruleInForce } from '../reminders/reminders.rules.js';
import { RemindersSync } from '../reminders/reminders.sync.js';
import { canManageOfficeBuildings, canReadOfficeBuildings } from './office-buildings.policy.js';
import { OfficeBuildingsRepository, type BuildingEntryRow, type OfficeBuildingRow } from './office-buildings.repository.js';
import { BASIS, canTake, entryProblem, entrySummary, propertyReminderSteps, ruleNoteOf, unificationOf, type BuildingRule, type OfficeBuildingStep } from './office-buildings.rules.js';
import { ownershipLabel, snapshotOf, toOfficeBuildingView } from './office-buildings.views.js';

/** The record type of a building's property-contract reminder task (`recordRef.type`). */
export const BUILDING_PROPERTY = 'office-building-property';

const today = (): string => shanghaiDate(new Date());
const NOT_FOUND = '办公用房楼宇不存在或无权查看';
const MANAGERS_ONLY = '办公用房楼宇及其“六统一”记录由机关事务管理科统一管理';

/**
 * 办公用房楼宇: 机关事务管理科 registers the district's office buildings and keeps, on each, the 鲁办发〔2018〕49号 "六统一"
 * record — plans, the ownership registration (in the name of the 机关事务管理部门), maintenance works (an approval
 * document from the configured amount), the disposal (which ends the building), the property contracts (a reminder in
 * 待办 from 30 days before the latest one ends); 统一配置 is read from the rooms (office-rooms) that name the building.
 */
@Injectable()
export class OfficeBuildingsService implements OnModuleInit {
  constructor(
    private readonly buildings: OfficeBuildingsRepository,
    private readonly transactions: Transactions,
    private readonly reminders: RemindersSync,
    private readonly job: RemindersJob,
  ) {}

  onModuleInit(): void {
    this.job.register((day) => this.remindAll(day));
  }

  async create(request: CreateOfficeBuilding.Request, caller: CallerContext): Promise<OfficeBuildingView> {
    if (!canManageOfficeBuildings(caller)) throw new DomainError(CommonErrors.forbidden, MANAGERS_ONLY);
    const now = new Date();
    const row: OfficeBuildingRow = {
      id: randomUUID(),
      name: request.name.trim(),
      address: request.address.trim(),
      usingUnits: request.usingUnits.map((u) => u.trim()).filter(Boolean),
      totalFloorAreaM2: request.totalFloorAreaM2,
      builtYear: request.builtYear,
      status: 'in_use',
      withdrawalReason: null,
      version: 1,
      createdAt: now,
      createdBy: caller.username,
      updatedAt: now,
      updatedBy: caller.username,
    };
    await this.transactions.run(async (tx) => {
      if (!(await this.buildings.insert(row, tx.manager))) throw this.duplicate(row.name);
      await this.buildings.addHistory(row.id, 1, 'create', caller.username, now, `${row.name}，${row.address}`, tx.manager);
      await tx.emit(OfficeBuildingEvents.created, snapshotOf(row, await this.unification(row, [], tx)), undefined, OfficeBuildingChanged.Event);
    });
    return this.get(row.id, caller);
  }

  /** Changes the building's facts; its name may change only while no room in use names it (the rooms keep their 楼宇). */
  update(request: UpdateOfficeBuilding.Request, caller: CallerContext): Promise<OfficeBuildingView> {
    return this.step(request.id, request.expectedVersion, caller, 'update', async (row, _entries, tx) => {
      const name = request.name.trim();
      if (name !== row.name) {
        if (await this.buildings.nameTaken(name, row.id, tx.manager)) throw this.duplicate(name);
        const rooms = (await this.buildings.roomsOf([row.name], tx.manager)).get(row.name) ?? [];
        if (rooms.length) {
          throw new DomainError(OfficeBuildingErrors.invalidState, `办公用房中有 ${rooms.length} 间在用房间登记在「${row.name}」，楼宇不能改名`, [
            { field: 'name', code: 'inUse', message: `name：办公用房中有 ${rooms.length} 间在用房间登记在「${row.name}」，不能改名` },
          ]);
        }
      }
      Object.assign(row, {
        name,
        address: request.address.trim(),
        usingUnits: request.usingUnits.map((u) => u.trim()).filter(Boolean),
        totalFloorAreaM2: request.totalFloorAreaM2,
        builtYear: request.builtYear,
      });
      return { event: OfficeBuildingEvents.updated, step: 'update', note: `${row.name}，${row.address}` };
    });
  }

  withdraw(request: WithdrawOfficeBuilding.Request, caller: CallerContext): Promise<OfficeBuildingView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', async (row, entries) => {
      if (entries.some((e) => e.status === 'current')) {
        throw new DomainError(OfficeBuildingErrors.invalidState, '楼宇已有“六统一”记录，不能撤回登记；须先作废各条记录（或办理统一处置）');
      }
      row.status = 'withdrawn';
      row.withdrawalReason = reason;
      return { event: OfficeBuildingEvents.withdrawn, step: 'withdraw', note: reason };
    });
  }

  /** Records one entry of the 六统一 under the configuration in force on its day (kept on the entry). A 统一处置 ends the building. */
  addEntry(request: AddBuildingEntry.Request, caller: CallerContext): Promise<OfficeBuildingView> {
    return this.step(request.id, request.expectedVersion, caller, 'entry', async (row, _entries, tx) => {
      const day = today();
      const rule = await this.rule(day, tx);
      const entry: BuildingEntryRow = {
        id: randomUUID(),
        buildingId: row.id,
        kind: request.kind,
        year: request.kind === 'planning' ? (request.year ?? null) : null,
        content: request.content?.trim() || null,
        approvalDocument: request.approvalDocument?.trim() || null,
        ownerUnit: request.kind === 'ownership' ? (request.ownerUnit?.trim() ?? null) : null,
        certificateNumber: request.kind === 'ownership' ? (request.certificateNumber?.trim() ?? null) : null,
        date: request.kind === 'ownership' || request.kind === 'maintenance' || request.kind === 'disposal' ? (request.date ?? null) : null,
        amountFen: request.kind === 'maintenance' || request.kind === 'property' ? (request.amountFen ?? null) : null,
        disposalKind: request.kind === 'disposal' ? (request.disposalKind ?? null) : null,
        company: request.kind === 'property' ? (request.company?.trim() ?? null) : null,
        periodStart: request.kind === 'property' ? (request.periodStart ?? null) : null,
        periodEnd: request.kind === 'property' ? (request.periodEnd ?? null) : null,
        scope: request.kind === 'property' ? (request.scope?.trim() ?? null) : null,
        ruleNote: ruleNoteOf(request.kind, rule),
        status: 'current',
        voidReason: null,
        voidedBy: null,
        voidedAt: null,
        createdAt: new Date(),
        createdBy: caller.username,
      };
      const problem = entryProblem(entry, rule);
      if (problem) throw new DomainError(OfficeBuildingErrors[problem.code], problem.message, [{ field: problem.field, code: problem.code, message: `${problem.field}：${problem.message}` }]);
      if (entry.kind === 'disposal') {
        const rooms = (await this.buildings.roomsOf([row.name], tx.manager)).get(row.name) ?? [];
        if (rooms.length) throw new DomainError(OfficeBuildingErrors.invalidState, `楼宇仍有 ${rooms.length} 间在用房间，须先在办公用房中调整腾退并停用后才能统一处置`);
        row.status = 'disposed';
      }
      await this.buildings.insertEntry(entry, tx.manager);
      const note = `${UNIFICATION_LABELS[entry.kind]}：${entrySummary(entry)}`;
      if (entry.kind === 'disposal') return { event: OfficeBuildingEvents.disposed, step: 'dispose', note: `${DISPOSAL_KIND_LABELS[entry.disposalKind ?? 'other']}处置，楼宇此后只读；${note}` };
      return { event: OfficeBuildingEvents.entryAdded, step: 'entry', note };
    });
  }

  voidEntry(request: VoidBuildingEntry.Request, caller: CallerContext): Promise<OfficeBuildingView> {
    const reason = requireReason(request.reason, '作废');
    return this.step(request.id, request.expectedVersion, caller, 'void', async (row, _entries, tx) => {
      const voided = await this.buildings.voidEntry(row.id, request.entryId, reason, caller.username, new Date(), tx.manager);
      if (!voided) throw new DomainError(OfficeBuildingErrors.entryNotFound, '该记录不在此楼宇或已作废');
      return { event: OfficeBuildingEvents.entryVoided, step: 'void', note: `作废${UNIFICATION_LABELS[voided.kind]}记录（${entrySummary(voided)}）：${reason}` };
    });
  }

  async get(id: string, caller: CallerContext): Promise<OfficeBuildingView> {
    if (!canReadOfficeBuildings(caller)) throw new DomainError(OfficeBuildingErrors.notFound, NOT_FOUND);
    const row = await this.buildings.findById(id);
    if (!row) throw new DomainError(OfficeBuildingErrors.notFound, NOT_FOUND);
    const [entries, rooms] = await Promise.all([this.buildings.entriesOf([id]), this.buildings.roomsOf([row.name])]);
    return toOfficeBuildingView(row, { entries: entries.get(id) ?? [], rooms: rooms.get(row.name) ?? [], today: today(), history: await this.buildings.history(id), detail: true });
  }

  async list(request: ListOfficeBuildings.Request, caller: CallerContext): Promise<ListOfficeBuildings.Reply> {
    if (!canReadOfficeBuildings(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看办公用房楼宇');
    const page = pageOf(request);
    const { items, total } = await this.buildings.search({ ...request, ...page });
    const [entries, rooms] = await Promise.all([this.buildings.entriesOf(items.map((r) => r.id)), this.buildings.roomsOf(items.map((r) => r.name))]);
    const day = today();
    return { items: items.map((row) => toOfficeBuildingView(row, { entries: entries.get(row.id) ?? [], rooms: rooms.get(row.name) ?? [], today: day })), total, ...page };
  }

  /** 六统一情况汇总: every building not withdrawn, with which of the six have a current record, and the count of each. */
  async summary(_request: OfficeBuildingUnificationSummary.Request, caller: CallerContext): Promise<OfficeBuildingUnificationSummary.Reply> {
    if (!canReadOfficeBuildings(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看办公用房楼宇');
    const rows = await this.buildings.allActive();
    const [entries, rooms] = await Promise.all([this.buildings.entriesOf(rows.map((r) => r.id)), this.buildings.roomsOf(rows.map((r) => r.name))]);
    const day = today();
    const items = rows.map((row) => {
      const unification = unificationOf(entries.get(row.id) ?? [], (rooms.get(row.name) ?? []).length, day);
      const registered = unification.find((u) => u.kind === 'ownership')?.recorded ?? false;
      return { id: row.id, name: row.name, status: row.status, statusLabel: OFFICE_BUILDING_STATUS_LABELS[row.status], ownershipLabel: ownershipLabel(registered), unification };
    });
    return {
      items,
      counts: UNIFICATIONS.map((kind) => ({ kind, label: UNIFICATION_LABELS[kind], recorded: items.filter((i) => i.unification.find((u) => u.kind === kind)?.recorded).length })),
      basis: BASIS,
    };
  }

  /** Every building with a property contract (and every one still waiting on its reminder), each in its own transaction: the reminders job's hook. */
  async remindAll(day: string): Promise<{ checked: number; changed: number }> {
    const ids = await this.buildings.reminderCandidates();
    let changed = 0;
    for (const id of ids) {
      const did = await this.transactions.run(async (tx) => {
        const row = await this.buildings.findById(id, tx.manager, true);
        return row ? this.remind(row, tx, day) : false;
      });
      if (did) changed += 1;
    }
    return { checked: ids.length, changed };
  }

  private async remind(row: OfficeBuildingRow, tx: Tx, day: string, by?: string): Promise<boolean> {
    const entries = (await this.buildings.entriesOf([row.id], tx.manager)).get(row.id) ?? [];
    const steps = propertyReminderSteps(row, entries, await this.rule(day, tx), day);
    return this.reminders.apply(BUILDING_PROPERTY, row.id, steps, tx, by, row.status === 'in_use' ? 'done' : 'withdrawn');
  }

  private async rule(day: string, tx: Tx): Promise<BuildingRule> {
    const rule = ruleInForce(await this.buildings.rules(tx.manager), day);
    if (!rule) throw new DomainError(OfficeBuildingErrors.invalidState, '尚无施行中的办公用房楼宇管理配置');
    return rule;
  }

  private async unification(row: OfficeBuildingRow, entries: readonly BuildingEntryRow[], tx: Tx) {
    const rooms = (await this.buildings.roomsOf([row.name], tx.manager)).get(row.name) ?? [];
    return unificationOf(entries, rooms.length, today());
  }

  private duplicate(name: string): DomainError {
    return new DomainError(OfficeBuildingErrors.duplicate, `已有名为「${name}」的楼宇`, [{ field: 'name', code: 'duplicate', message: `name：已有名为「${name}」的楼宇` }]);
  }

  /** One step on a building, in one transaction: seen, allowed, at the version held, saved, its timeline line, its event and reminder. */
  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    step: OfficeBuildingStep,
    change: (row: OfficeBuildingRow, entries: BuildingEntryRow[], tx: Tx) => Promise<{ event: string; step: string; note: string }>,
  ): Promise<OfficeBuildingView> {
    if (!canReadOfficeBuildings(caller)) throw new DomainError(OfficeBuildingErrors.notFound, NOT_FOUND);
    if (!canManageOfficeBuildings(caller)) throw new DomainError(CommonErrors.forbidden, MANAGERS_ONLY);
    await this.transactions.run(async (tx) => {
      const current = await this.buildings.findById(id, tx.manager, true);
      if (!current) throw new DomainError(OfficeBuildingErrors.notFound, NOT_FOUND);
      if (current.version !== expectedVersion) {
        throw new DomainError(OfficeBuildingErrors.versionConflict, `办公用房楼宇已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(OfficeBuildingErrors.invalidState, `楼宇当前状态为「${OFFICE_BUILDING_STATUS_LABELS[current.status]}」，只读，不能进行此操作`);
      const entries = (await this.buildings.entriesOf([id], tx.manager)).get(id) ?? [];
      const next: OfficeBuildingRow = { ...current };
      const done = await change(next, entries, tx);
      const now = new Date();
      Object.assign(next, { version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.buildings.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(OfficeBuildingErrors.versionConflict, '办公用房楼宇已被他人修改，请刷新后重试');
      await this.buildings.addHistory(id, next.version, done.step, caller.username, now, done.note, tx.manager);
      const after = (await this.buildings.entriesOf([id], tx.manager)).get(id) ?? [];
      await tx.emit(done.event, snapshotOf(next, await this.unification(next, after, tx)), undefined, OfficeBuildingChanged.Event);
      await this.remind(next, tx, today(), caller.userId);
    });
    return this.get(id, caller);
  }
}
