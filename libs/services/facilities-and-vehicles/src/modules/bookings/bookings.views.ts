import { BOOKING_STATUS_LABELS, type BookingSnapshot, type BookingView, type DriverView } from '@gov/contracts-facilities-and-vehicles';
import type { BookingRow, CarRow, DriverRow, HistoryRow } from './bookings.repository.js';
import { BOOKING_STEP_LABELS } from './bookings.rules.js';

/** Row → view, with the car's plate and the driver's name; the timeline only in the detail. */
export function toBookingView(row: BookingRow, cars: ReadonlyMap<string, CarRow>, drivers: ReadonlyMap<string, DriverRow>, history: readonly HistoryRow[] = []): BookingView {
  const car = row.vehicleId ? cars.get(row.vehicleId) : undefined;
  const driver = row.driverId ? drivers.get(row.driverId) : undefined;
  return {
    id: row.id,
    unitId: row.unitId,
    requestedBy: row.requestedBy,
    purpose: row.purpose,
    origin: row.origin,
    destination: row.destination,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    passengers: row.passengers,
    riders: row.riders,
    status: row.status,
    statusLabel: BOOKING_STATUS_LABELS[row.status],
    restDayUse: row.restDayUse,
    restDayExplanation: row.restDayExplanation,
    approvedBy: row.approvedBy,
    approvalNote: row.approvalNote,
    dispatchNumber: row.dispatchNumber,
    vehicleId: row.vehicleId,
    vehiclePlate: car ? (car.plate ?? car.model) : null,
    driverId: row.driverId,
    driverName: driver?.name ?? null,
    mileageStartKm: row.mileageStartKm,
    mileageEndKm: row.mileageEndKm,
    distanceKm: row.mileageStartKm !== null && row.mileageEndKm !== null ? row.mileageEndKm - row.mileageStartKm : null,
    fuelCostFen: row.fuelCostFen,
    tollFen: row.tollFen,
    parkingFen: row.parkingFen,
    returnedAt: row.returnedAt ? row.returnedAt.toISOString() : null,
    reason: row.reason,
    timeline: history.map((h) => ({ step: h.step, label: BOOKING_STEP_LABELS[h.step as keyof typeof BOOKING_STEP_LABELS] ?? h.step, actor: h.actor, at: h.at.toISOString(), note: h.note })),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** A driver as listed: the 手机号 masked (the encrypted number never leaves the service). */
export function toDriverView(row: DriverRow): DriverView {
  return { id: row.id, name: row.name, mobileMasked: row.mobileMasked, licenceClass: row.licenceClass, active: row.active, createdAt: row.createdAt.toISOString(), createdBy: row.createdBy };
}

/** What the events carry. */
export function snapshotOf(row: BookingRow): BookingSnapshot {
  return { id: row.id, unitId: row.unitId, purpose: row.purpose, startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString(), vehicleId: row.vehicleId, status: row.status, version: row.version };
}
