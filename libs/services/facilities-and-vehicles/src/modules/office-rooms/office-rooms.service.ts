import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  OFFICE_ROOM_STATUS_LABELS,
  RANK_LABELS,
  RANKS,
  OfficeRoomChanged,
  OfficeRoomErrors,
  OfficeRoomEvents,
  type AllocateOfficeRoom,
  type CreateOfficeRoom,
  type ListOfficeRooms,
  type ListOfficeStandards,
  type ListOverStandardRooms,
  type OfficeRoomView,
  type ReleaseOfficeRoom,
  type RetireOfficeRoom,
} from '@gov/contracts-facilities-and-vehicles';
import { shanghaiDate } from '@gov/calendar';
import { DomainError, reasonOf, Transactions, type Tx } from '@gov/platform';
import { canManageOfficeRooms, canSeeOfficeRoom, officeRoomAccess } from './office-rooms.policy.js';
import { OfficeRoomsRepository, type OccupantRow, type OfficeRoomRow } from './office-rooms.repository.js';
import { canTake, overStandardProblem, standardInForce, type OfficeRoomStep } from './office-rooms.rules.js';
import { snapshotOf, toOfficeRoomView } from './office-rooms.views.js';

const STANDARD_BASIS = '《党政机关办公用房建设标准》（县级机关人均使用面积：县级正职 30、副职 24、正科 18、副科 12、科级以下 9 平方米）';

/**
 * 办公用房: rooms registered by 机关事务管理科 and allocated to people within the per-person standard of their rank (the
 * version in force on the allocation day, kept on the occupant); released on adjustment or handover with a reason.
 */
@Injectable()
export class OfficeRoomsService {
  constructor(
    private readonly rooms: OfficeRoomsRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateOfficeRoom.Request, caller: CallerContext): Promise<OfficeRoomView> {
    if (!canManageOfficeRooms(caller)) throw new DomainError(CommonErrors.forbidden, '办公用房由机关事务管理科统一登记和调配');
    const now = new Date();
    const row: OfficeRoomRow = {
      id: randomUUID(),
      building: request.building.trim(),
      roomNumber: request.roomNumber.trim(),
      usableAreaM2: request.usableAreaM2,
      use: request.use,
      unitId: request.unitId ?? null,
      status: 'in_use',
      retireReason: null,
      version: 1,
      createdAt: now,
      createdBy: caller.username,
      updatedAt: now,
      updatedBy: caller.username,
    };
    await this.transactions.run(async (tx) => {
      if (await this.rooms.exists(row.building, row.roomNumber, tx.manager)) throw new DomainError(OfficeRoomErrors.duplicate, `${row.building} 已有在用的 ${row.roomNumber} 室`);
      await this.rooms.insert(row, tx.manager);
      await this.rooms.addHistory(row.id, 1, 'create', caller.username, now, `使用面积 ${row.usableAreaM2} 平方米`, tx.manager);
      await tx.emit(OfficeRoomEvents.created, snapshotOf(row, 0), undefined, OfficeRoomChanged.Event);
    });
    return this.get(row.id, caller);
  }

  allocate(request: AllocateOfficeRoom.Request, caller: CallerContext): Promise<OfficeRoomView> {
    return this.step(request.id, request.expectedVersion, caller, 'allocate', async (row, occupants, tx) => {
      if (row.use !== 'office') throw new DomainError(OfficeRoomErrors.notOffice, '技术业务用房和服务用房不分配给个人');
      const all = await this.rooms.standards(tx.manager);
      const added: OccupantRow[] = request.people.map((person) => {
        const standard = standardInForce(all, person.rank, request.since);
        if (!standard) throw new DomainError(OfficeRoomErrors.overStandard, `${RANK_LABELS[person.rank]}在 ${request.since} 尚无办公用房标准`);
        return {
          id: randomUUID(),
          roomId: row.id,
          personName: person.personName.trim(),
          rank: person.rank,
          standardM2: standard.areaM2,
          since: request.since,
          until: null,
          endReason: null,
          createdAt: new Date(),
          createdBy: caller.username,
        };
      });
      const source = standardInForce(all, request.people[0].rank, request.since)?.source ?? STANDARD_BASIS;
      const problem = overStandardProblem(row.usableAreaM2, [...occupants, ...added], source);
      if (problem) throw new DomainError(OfficeRoomErrors.overStandard, `不能分配：${problem}`);
      for (const occupant of added) await this.rooms.insertOccupant(occupant, tx.manager);
      const who = added.map((o) => `${o.personName}（${RANK_LABELS[o.rank]}，标准 ${o.standardM2} 平方米）`).join('、');
      return { event: OfficeRoomEvents.allocated, note: `分配给 ${who}，${request.since} 起`, count: occupants.length + added.length };
    });
  }

  release(request: ReleaseOfficeRoom.Request, caller: CallerContext): Promise<OfficeRoomView> {
    const reason = this.reasonOrRefuse(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'release', async (row, occupants, tx) => {
      const occupant = occupants.find((o) => o.id === request.occupantId);
      if (!occupant) throw new DomainError(OfficeRoomErrors.occupantNotFound, '该使用人不在此房间或已腾退');
      if (request.until < occupant.since) throw new DomainError(CommonErrors.validationFailed, '腾退日期不能早于起用日期', [{ field: 'until', code: 'min', message: 'until：不能早于起用日期' }]);
      await this.rooms.releaseOccupant(occupant.id, request.until, reason, tx.manager);
      const left = occupants.filter((o) => o.id !== occupant.id);
      const over = row.use === 'office' && left.length ? overStandardProblem(row.usableAreaM2, left, STANDARD_BASIS) : null;
      return { event: OfficeRoomEvents.released, note: `${occupant.personName} ${request.until} 腾退：${reason}${over ? `；腾退后${over}，列入超标准清单` : ''}`, count: left.length };
    });
  }

  retire(request: RetireOfficeRoom.Request, caller: CallerContext): Promise<OfficeRoomView> {
    const reason = this.reasonOrRefuse(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'retire', async (row, occupants) => {
      if (occupants.length) throw new DomainError(OfficeRoomErrors.invalidState, '房间仍有使用人，须先调整腾退后才能停用');
      row.status = 'retired';
      row.retireReason = reason;
      return { event: OfficeRoomEvents.retired, note: reason, count: 0 };
    });
  }

  async get(id: string, caller: CallerContext): Promise<OfficeRoomView> {
    const row = await this.rooms.findById(id);
    if (!row || !canSeeOfficeRoom(caller, row.unitId)) throw new DomainError(OfficeRoomErrors.notFound, '办公用房不存在或无权查看');
    const occupants = await this.rooms.currentOccupants([id]);
    return toOfficeRoomView(row, occupants.get(id) ?? [], await this.rooms.history(id));
  }

  async list(request: ListOfficeRooms.Request, caller: CallerContext): Promise<ListOfficeRooms.Reply> {
    const access = officeRoomAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看办公用房');
    const page = pageOf(request);
    const { items, total } = await this.rooms.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    const occupants = await this.rooms.currentOccupants(items.map((r) => r.id));
    return { items: items.map((row) => toOfficeRoomView(row, occupants.get(row.id) ?? [])), total, ...page };
  }

  /** 超标准使用办公用房清单, computed from the rooms and their current occupants. */
  async overStandard(_request: ListOverStandardRooms.Request, caller: CallerContext): Promise<ListOverStandardRooms.Reply> {
    const access = officeRoomAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看办公用房');
    const rows = await this.rooms.overStandard(access.kind === 'unit' ? access.unitId : undefined);
    const occupants = await this.rooms.currentOccupants(rows.map((r) => r.id));
    return { items: rows.map((row) => toOfficeRoomView(row, occupants.get(row.id) ?? [])), basis: STANDARD_BASIS };
  }

  async standards(_request: ListOfficeStandards.Request, caller: CallerContext): Promise<ListOfficeStandards.Reply> {
    if (officeRoomAccess(caller).kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看办公用房标准');
    const all = await this.rooms.standards();
    const asOf = shanghaiDate(new Date());
    return {
      effective: RANKS.map((rank) => standardInForce(all, rank, asOf))
        .filter((s): s is NonNullable<typeof s> => !!s)
        .map((s) => ({ rank: s.rank, rankLabel: RANK_LABELS[s.rank], areaM2: s.areaM2, effectiveFrom: s.effectiveFrom, source: s.source })),
    };
  }

  private reasonOrRefuse(text: string): string {
    const reason = reasonOf(text);
    if (!reason) throw new DomainError(CommonErrors.validationFailed, '须说明理由', [{ field: 'reason', code: 'minLength', message: 'reason：须说明理由（至少 2 个字）' }]);
    return reason;
  }

  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    step: OfficeRoomStep,
    change: (row: OfficeRoomRow, occupants: OccupantRow[], tx: Tx) => Promise<{ event: string; note: string; count: number }>,
  ): Promise<OfficeRoomView> {
    await this.transactions.run(async (tx) => {
      const current = await this.rooms.findById(id, tx.manager, true);
      if (!current || !canSeeOfficeRoom(caller, current.unitId)) throw new DomainError(OfficeRoomErrors.notFound, '办公用房不存在或无权查看');
      if (!canManageOfficeRooms(caller)) throw new DomainError(CommonErrors.forbidden, '办公用房由机关事务管理科统一调配');
      if (current.version !== expectedVersion) {
        throw new DomainError(OfficeRoomErrors.versionConflict, `办公用房已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(OfficeRoomErrors.invalidState, `办公用房当前状态为「${OFFICE_ROOM_STATUS_LABELS[current.status]}」，不能进行此操作`);
      const occupants = (await this.rooms.currentOccupants([id], tx.manager)).get(id) ?? [];
      const next: OfficeRoomRow = { ...current };
      const { event, note, count } = await change(next, occupants, tx);
      const now = new Date();
      Object.assign(next, { version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.rooms.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(OfficeRoomErrors.versionConflict, '办公用房已被他人修改，请刷新后重试');
      await this.rooms.addHistory(id, next.version, step, caller.username, now, note, tx.manager);
      await tx.emit(event, snapshotOf(next, count), undefined, OfficeRoomChanged.Event);
    });
    return this.get(id, caller);
  }
}
