import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  BOOKING_STATUS_LABELS,
  BookingChanged,
  BookingErrors,
  BookingEvents,
  VEHICLE_CATEGORY_LABELS,
  type ApproveBooking,
  type AvailableForBooking,
  type BookingBoard,
  type BookingView,
  type CompleteBooking,
  type CreateBooking,
  type CreateDriver,
  type DispatchBooking,
  type DriverView,
  type FreeVehicle,
  type ListBookings,
  type ListDrivers,
  type RejectBooking,
  type WithdrawBooking,
} from '@gov/contracts-facilities-and-vehicles';
import { shanghaiDate } from '@gov/calendar';
import { CalendarCopy, DomainError, FieldCipher, maskPhone, publishTaskChanges, reasonOf, Transactions, type Tx, type WaitingStep } from '@gov/platform';
import { bookingAccess, canChangeBooking, canDispatchBooking, canSeeBooking, isSectionChief } from './bookings.policy.js';
import { RemindersSync } from '../reminders/reminders.sync.js';
import { BookingsRepository, type BookingRow, type CarRow, type DriverRow } from './bookings.repository.js';
import { canTake, dispatchNumberOf, mileageProblem, restDaysOf, statusAfter, timesProblem, type BookingStep } from './bookings.rules.js';
import { snapshotOf, toBookingView, toDriverView } from './bookings.views.js';

const SECTION = 'jiguan_shiwu';
const yuan = (fen: number): string => (fen / 100).toFixed(2);

/** What a booking waits on: the approval (the section chief's for rest-day use), the dispatch, the car's return. */
export function bookingTasks(row: BookingRow): WaitingStep[] {
  const common = { link: `/facilities-and-vehicles/bookings/${row.id}`, section: SECTION };
  const what = `${row.destination}（${row.purpose}）`;
  switch (row.status) {
    case 'requested':
      return [
        {
          ...common,
          step: 'approve',
          kind: 'car_booking_approval',
          title: `${row.restDayUse ? '节假日用车加签' : '审批用车申请'}：${what}`,
          assignee: { type: 'role', id: row.restDayUse ? 'section_chief' : 'section_staff' },
          deadline: { at: row.startsAt.toISOString(), explanation: '须在出车时间前审批' },
        },
      ];
    case 'approved':
      return [{ ...common, step: 'dispatch', kind: 'car_dispatch', title: `派车：${what}`, assignee: { type: 'role', id: 'section_staff' }, deadline: { at: row.startsAt.toISOString(), explanation: '须在出车时间前派车' } }];
    case 'dispatched':
      return [
        {
          ...common,
          step: 'return',
          kind: 'car_return',
          title: `收车登记 ${row.dispatchNumber ?? ''}：${what}`,
          assignee: { type: 'role', id: 'section_staff' },
          deadline: { at: row.endsAt.toISOString(), explanation: '预计返回时间' },
        },
      ];
    default:
      return [];
  }
}

/**
 * 公车平台: a booking by a unit's liaison (or the section) is approved by 机关事务管理科 (by its chief when the trip touches
 * a rest day of the calendar), dispatched with a free car of the register and a free driver (never double-booked;
 * a 派车单 is numbered), and completed when the car returns with its mileage and costs.
 */
@Injectable()
export class BookingsService {
  constructor(
    private readonly bookings: BookingsRepository,
    private readonly transactions: Transactions,
    private readonly calendar: CalendarCopy,
    @Inject(FieldCipher) private readonly cipher: FieldCipher,
    private readonly reminders: RemindersSync,
  ) {}

  async create(request: CreateBooking.Request, caller: CallerContext): Promise<BookingView> {
    if (caller.unitId && request.unitId && request.unitId !== caller.unitId) throw new DomainError(CommonErrors.forbidden, '联络员只能为本单位申请用车');
    const unitId = caller.unitId ?? request.unitId ?? null;
    if (!canChangeBooking(caller, unitId)) throw new DomainError(CommonErrors.forbidden, '无权申请用车');
    const startsAt = new Date(request.startsAt);
    const endsAt = new Date(request.endsAt);
    const problem = timesProblem(startsAt, endsAt);
    if (problem) throw new DomainError(BookingErrors.badTimes, problem, [{ field: 'endsAt', code: 'min', message: `endsAt：${problem}` }]);
    const id = await this.transactions.run(async (tx) => {
      const restDays = restDaysOf(await this.calendar.current(tx), startsAt, endsAt);
      const now = new Date();
      const row: BookingRow = {
        id: randomUUID(),
        unitId,
        requestedBy: caller.displayName || caller.username,
        purpose: request.purpose.trim(),
        origin: request.origin.trim(),
        destination: request.destination.trim(),
        startsAt,
        endsAt,
        passengers: request.passengers,
        riders: request.riders.trim(),
        status: 'requested',
        restDayUse: restDays.length > 0,
        restDayExplanation: restDays,
        approvedBy: null,
        approvalNote: null,
        dispatchNumber: null,
        vehicleId: null,
        driverId: null,
        mileageStartKm: null,
        mileageEndKm: null,
        fuelCostFen: null,
        tollFen: null,
        parkingFen: null,
        returnedAt: null,
        reason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.bookings.insert(row, tx.manager);
      await this.bookings.addHistory(row.id, 1, 'create', caller.username, now, restDays.length ? `涉及休息日、节假日：${restDays.join('；')}` : null, tx.manager);
      await tx.emit(BookingEvents.created, snapshotOf(row), undefined, BookingChanged.Event);
      await publishTaskChanges(tx, { app: 'facilities-and-vehicles', record: { type: 'booking', id: row.id }, before: [], after: bookingTasks(row), version: 1, by: caller.username });
      return row.id;
    });
    return this.get(id, caller);
  }

  approve(request: ApproveBooking.Request, caller: CallerContext): Promise<BookingView> {
    return this.step(request.id, request.expectedVersion, caller, 'approve', async (row) => {
      const note = request.note?.trim() || null;
      if (row.restDayUse) {
        if (!isSectionChief(caller)) {
          throw new DomainError(BookingErrors.restDayApproval, `该用车涉及休息日、节假日（${row.restDayExplanation.join('；')}），公务用车节假日封存，须由科长加签审批`);
        }
        if (!note || note.length < 2) {
          throw new DomainError(BookingErrors.restDayApproval, '节假日用车须写明加签理由', [{ field: 'note', code: 'minLength', message: 'note：节假日用车须写明加签理由' }]);
        }
      }
      Object.assign(row, { approvedBy: caller.username, approvalNote: note });
      return { event: BookingEvents.approved, note: row.restDayUse ? `节假日用车加签：${note}` : note };
    });
  }

  reject(request: RejectBooking.Request, caller: CallerContext): Promise<BookingView> {
    const reason = this.reasonOrRefuse(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'reject', async (row) => {
      row.reason = reason;
      return { event: BookingEvents.rejected, note: reason };
    });
  }

  dispatch(request: DispatchBooking.Request, caller: CallerContext): Promise<BookingView> {
    return this.step(request.id, request.expectedVersion, caller, 'dispatch', async (row, tx) => {
      await this.bookings.lockDispatch(tx.manager);
      const car = await this.bookings.car(request.vehicleId, tx.manager);
      if (!car || car.status !== 'in_service') throw new DomainError(BookingErrors.vehicleUnavailable, '所选车辆不在台账在用车辆之列');
      const driver = await this.bookings.findDriver(request.driverId, tx.manager);
      if (!driver || !driver.active) throw new DomainError(BookingErrors.driverUnavailable, '所选驾驶员不在岗');
      const carClash = await this.bookings.clashes('vehicle_id', car.id, row.startsAt, row.endsAt, row.id, tx.manager);
      if (carClash.length) {
        throw new DomainError(BookingErrors.vehicleBusy, `车辆 ${car.plate ?? car.model} 在该时段已派车（${carClash.map((c) => `${c.dispatchNumber}：${fmt(c.startsAt)}—${fmt(c.endsAt)}`).join('；')}），不能重复派车`);
      }
      const driverClash = await this.bookings.clashes('driver_id', driver.id, row.startsAt, row.endsAt, row.id, tx.manager);
      if (driverClash.length) {
        throw new DomainError(BookingErrors.driverBusy, `驾驶员 ${driver.name} 在该时段已有派车（${driverClash.map((c) => `${c.dispatchNumber}：${fmt(c.startsAt)}—${fmt(c.endsAt)}`).join('；')}），不能重复派车`);
      }
      const year = Number(shanghaiDate(new Date()).slice(0, 4));
      row.dispatchNumber = dispatchNumberOf(year, await this.bookings.nextDispatchSequence(year, tx.manager));
      Object.assign(row, { vehicleId: car.id, driverId: driver.id });
      return { event: BookingEvents.dispatched, note: `${row.dispatchNumber}：车辆 ${car.plate ?? car.model}，驾驶员 ${driver.name}` };
    });
  }

  complete(request: CompleteBooking.Request, caller: CallerContext): Promise<BookingView> {
    return this.step(request.id, request.expectedVersion, caller, 'complete', async (row, tx) => {
      const car = (await this.bookings.car(row.vehicleId as string, tx.manager, true)) as CarRow;
      const problem = mileageProblem(request.mileageStartKm, request.mileageEndKm, car.mileageKm);
      if (problem) throw new DomainError(BookingErrors.badMileage, problem, [{ field: 'mileageEndKm', code: 'min', message: `mileageEndKm：${problem}` }]);
      const returnedAt = new Date(request.returnedAt);
      if (returnedAt.getTime() <= row.startsAt.getTime()) {
        throw new DomainError(BookingErrors.badTimes, '实际返回时间须晚于出车时间', [{ field: 'returnedAt', code: 'min', message: 'returnedAt：须晚于出车时间' }]);
      }
      Object.assign(row, {
        mileageStartKm: request.mileageStartKm,
        mileageEndKm: request.mileageEndKm,
        fuelCostFen: request.fuelCostFen,
        tollFen: request.tollFen,
        parkingFen: request.parkingFen,
        returnedAt,
      });
      const distance = request.mileageEndKm - request.mileageStartKm;
      await this.bookings.recordCarMileage(car.id, request.mileageEndKm, caller.username, `${row.dispatchNumber} 收车，里程 ${request.mileageEndKm} 公里`, tx.manager);
      // The car's new mileage may reach its maintenance interval (按里程保养 in 待办).
      await this.reminders.syncVehicle(car.id, tx, { by: caller.userId });
      return {
        event: BookingEvents.completed,
        note: `行驶 ${distance} 公里；燃油费 ${yuan(request.fuelCostFen)} 元，通行费 ${yuan(request.tollFen)} 元，停车费 ${yuan(request.parkingFen)} 元`,
      };
    });
  }

  withdraw(request: WithdrawBooking.Request, caller: CallerContext): Promise<BookingView> {
    const reason = this.reasonOrRefuse(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', async (row) => {
      row.reason = reason;
      return { event: BookingEvents.withdrawn, note: reason };
    });
  }

  async get(id: string, caller: CallerContext): Promise<BookingView> {
    const row = await this.bookings.findById(id);
    if (!row || !canSeeBooking(caller, row.unitId)) throw new DomainError(BookingErrors.notFound, '用车申请不存在或无权查看');
    const [cars, drivers] = await Promise.all([this.bookings.carsByIds(row.vehicleId ? [row.vehicleId] : []), this.bookings.driversByIds(row.driverId ? [row.driverId] : [])]);
    return toBookingView(row, cars, drivers, await this.bookings.history(id));
  }

  async list(request: ListBookings.Request, caller: CallerContext): Promise<ListBookings.Reply> {
    const access = bookingAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看用车申请');
    const page = pageOf(request);
    const { items, total } = await this.bookings.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    const [cars, drivers] = await Promise.all([
      this.bookings.carsByIds([...new Set(items.map((i) => i.vehicleId).filter((v): v is string => !!v))]),
      this.bookings.driversByIds([...new Set(items.map((i) => i.driverId).filter((v): v is string => !!v))]),
    ]);
    return { items: items.map((row) => toBookingView(row, cars, drivers)), total, ...page };
  }

  /** The free cars and drivers for a booking's time: the dispatch's suggestions. */
  async available(id: string, caller: CallerContext): Promise<AvailableForBooking.Reply> {
    if (!canDispatchBooking(caller)) throw new DomainError(CommonErrors.forbidden, '派车由机关事务管理科办理');
    const row = await this.bookings.findById(id);
    if (!row) throw new DomainError(BookingErrors.notFound, '用车申请不存在');
    const busy = await this.bookings.busy(row.startsAt, row.endsAt, row.id);
    const cars = (await this.bookings.carsInService()).filter((c) => !busy.vehicles.has(c.id));
    const drivers = (await this.bookings.allDrivers()).filter((d) => d.active && !busy.drivers.has(d.id));
    return { vehicles: cars.map(freeVehicle), drivers: drivers.map(toDriverView) };
  }

  /** 派车看板: the trips of a day or a week per car, and the cars in service. */
  async board(request: BookingBoard.Request, caller: CallerContext): Promise<BookingBoard.Reply> {
    if (!canDispatchBooking(caller) && bookingAccess(caller).kind !== 'all') throw new DomainError(CommonErrors.forbidden, '无权查看派车看板');
    const from = new Date(request.from);
    const to = new Date(request.to);
    if (to.getTime() <= from.getTime() || to.getTime() - from.getTime() > 31 * 86400_000) {
      throw new DomainError(BookingErrors.badTimes, '看板的时间段须在 31 天以内且截止晚于起始', [{ field: 'to', code: 'max', message: 'to：须晚于 from，且不超过 31 天' }]);
    }
    const trips = await this.bookings.trips(from, to);
    const drivers = await this.bookings.driversByIds([...new Set(trips.map((t) => t.driverId as string))]);
    return {
      trips: trips.map((t) => ({
        bookingId: t.id,
        dispatchNumber: t.dispatchNumber as string,
        startsAt: t.startsAt.toISOString(),
        endsAt: t.endsAt.toISOString(),
        destination: t.destination,
        vehicleId: t.vehicleId as string,
        driverId: t.driverId as string,
        driverName: drivers.get(t.driverId as string)?.name ?? '',
        status: t.status,
      })),
      vehicles: (await this.bookings.carsInService()).map(freeVehicle),
    };
  }

  async listDrivers(_request: ListDrivers.Request, caller: CallerContext): Promise<ListDrivers.Reply> {
    if (!canDispatchBooking(caller) && bookingAccess(caller).kind !== 'all') throw new DomainError(CommonErrors.forbidden, '无权查看驾驶员');
    return { items: (await this.bookings.allDrivers()).map(toDriverView) };
  }

  /** A driver of the car platform: the 手机号 is encrypted at rest and shown masked. */
  async createDriver(request: CreateDriver.Request, caller: CallerContext): Promise<DriverView> {
    if (!canDispatchBooking(caller)) throw new DomainError(CommonErrors.forbidden, '驾驶员由机关事务管理科登记');
    const row: DriverRow = {
      id: randomUUID(),
      name: request.name.trim(),
      mobileEncrypted: this.cipher.encrypt(request.mobile),
      mobileMasked: maskPhone(request.mobile),
      licenceClass: request.licenceClass,
      active: true,
      createdAt: new Date(),
      createdBy: caller.username,
    };
    await this.transactions.run(async (tx) => this.bookings.insertDriver(row, tx.manager));
    return toDriverView(row);
  }

  private reasonOrRefuse(text: string): string {
    const reason = reasonOf(text);
    if (!reason) throw new DomainError(CommonErrors.validationFailed, '须说明理由', [{ field: 'reason', code: 'minLength', message: 'reason：须说明理由（至少 2 个字）' }]);
    return reason;
  }

  /** One step on a versioned booking, in one transaction: seen, allowed, at the version held, saved, its timeline line, its event and 待办. */
  private async step(id: string, expectedVersion: number, caller: CallerContext, step: BookingStep, change: (row: BookingRow, tx: Tx) => Promise<{ event: string; note: string | null }>): Promise<BookingView> {
    await this.transactions.run(async (tx) => {
      const current = await this.bookings.findById(id, tx.manager, true);
      if (!current || !canSeeBooking(caller, current.unitId)) throw new DomainError(BookingErrors.notFound, '用车申请不存在或无权查看');
      const allowed = step === 'withdraw' ? canChangeBooking(caller, current.unitId) : canDispatchBooking(caller);
      if (!allowed) throw new DomainError(CommonErrors.forbidden, step === 'withdraw' ? '无权撤回该用车申请' : '审批、派车和收车登记由机关事务管理科办理');
      if (current.version !== expectedVersion) {
        throw new DomainError(BookingErrors.versionConflict, `用车申请已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(BookingErrors.invalidState, `用车申请当前状态为「${BOOKING_STATUS_LABELS[current.status]}」，不能进行此操作`);
      const next: BookingRow = { ...current };
      const { event, note } = await change(next, tx);
      const now = new Date();
      Object.assign(next, { status: statusAfter(step), version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.bookings.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(BookingErrors.versionConflict, '用车申请已被他人修改，请刷新后重试');
      await this.bookings.addHistory(next.id, next.version, step, caller.username, now, note, tx.manager);
      await tx.emit(event, snapshotOf(next), undefined, BookingChanged.Event);
      const outcome = step === 'withdraw' ? 'withdrawn' : 'done';
      await publishTaskChanges(tx, { app: 'facilities-and-vehicles', record: { type: 'booking', id: next.id }, before: bookingTasks(current), after: bookingTasks(next), version: next.version, by: caller.username, outcome });
    });
    return this.get(id, caller);
  }
}

function freeVehicle(car: CarRow): FreeVehicle {
  return { id: car.id, plate: car.plate, model: car.model, categoryLabel: VEHICLE_CATEGORY_LABELS[car.category] };
}

function fmt(date: Date): string {
  return date.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false, month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}
