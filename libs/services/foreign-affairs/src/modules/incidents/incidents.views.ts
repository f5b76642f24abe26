import { FOREIGN_INCIDENT_LEVEL_LABELS, INCIDENT_STATUS_LABELS, type IncidentReported, type IncidentSnapshot, type IncidentView } from '@gov/contracts-foreign-affairs';
import type { FieldCipher } from '@gov/platform';
import type { IncidentRow } from './incidents.repository.js';

/** Row → view: the contacts' phones in full on the record's own page (`cipher` given), masked in lists. */
export function toIncidentView(row: IncidentRow, cipher?: FieldCipher): IncidentView {
  return {
    id: row.id,
    unitId: row.unitId,
    kind: row.kind,
    title: row.title,
    level: row.level,
    levelLabel: FOREIGN_INCIDENT_LEVEL_LABELS[row.level],
    occurredAt: row.occurredAt,
    receivedAt: row.receivedAt,
    location: row.location,
    country: row.country,
    summary: row.summary,
    units: row.units,
    contacts: row.contacts.map((c) => ({ name: c.name, relation: c.relation, phone: cipher ? cipher.decrypt(c.phoneEncrypted) : c.phoneMasked })),
    reports: row.reports,
    actions: row.actions,
    status: row.status,
    statusLabel: INCIDENT_STATUS_LABELS[row.status],
    outcome: row.outcome,
    withdrawalReason: row.withdrawalReason,
    version: row.version,
    createdAt: new Date(row.createdAt).toISOString(),
    createdBy: row.createdBy,
    updatedAt: new Date(row.updatedAt).toISOString(),
    updatedBy: row.updatedBy,
  };
}

export function snapshotOf(row: IncidentRow): IncidentSnapshot {
  return { id: row.id, unitId: row.unitId, kind: row.kind, title: row.title, level: row.level, status: row.status, version: row.version };
}

/** For the duty office: the urgent-matter fields (no contacts: personal data stays here). */
export function urgentMatterOf(row: IncidentRow): IncidentReported.Event {
  return {
    incidentId: row.id,
    kind: row.kind,
    title: row.title,
    level: row.level,
    occurredAt: row.occurredAt,
    receivedAt: row.receivedAt,
    ...(row.location ? { location: row.location } : {}),
    ...(row.unitId ? { unitId: row.unitId } : {}),
    summary: row.country ? `（${row.country}）${row.summary}`.slice(0, 4000) : row.summary,
  };
}
