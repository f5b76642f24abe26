import { VISITOR_STATUS_LABELS, type VisitorSnapshot, type VisitorView } from '@gov/contracts-facilities-and-vehicles';
import type { VisitorRow } from './visitors.repository.js';

/** Row → view: the 身份证号 masked, unless `fullIdNumber` (decrypted) is given for the section's detail view. */
export function toVisitorView(row: VisitorRow, fullIdNumber?: string): VisitorView {
  return {
    id: row.id,
    name: row.name,
    idNumber: fullIdNumber ?? row.idNumberMasked,
    idNumberMasked: fullIdNumber === undefined,
    organisation: row.organisation,
    host: row.host,
    purpose: row.purpose,
    companions: row.companions,
    plate: row.plate,
    status: row.status,
    statusLabel: VISITOR_STATUS_LABELS[row.status],
    arrivedAt: row.arrivedAt.toISOString(),
    leftAt: row.leftAt ? row.leftAt.toISOString() : null,
    voidReason: row.voidReason,
    version: row.version,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the events carry: no personal data. */
export function snapshotOf(row: VisitorRow): VisitorSnapshot {
  return { id: row.id, status: row.status, version: row.version };
}
