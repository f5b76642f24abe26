import { SECURITY_INCIDENT_KIND_LABELS, SECURITY_INCIDENT_STATUS_LABELS, type SecurityIncidentSnapshot, type SecurityIncidentView } from '@gov/contracts-facilities-and-vehicles';
import type { SecurityIncidentRow } from './security-incidents.repository.js';

/** Row → view (no personal data in this record: a person involved is described in the text, as the gate writes it). */
export function toSecurityIncidentView(row: SecurityIncidentRow): SecurityIncidentView {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    kindLabel: SECURITY_INCIDENT_KIND_LABELS[row.kind],
    occurredAt: row.occurredAt.toISOString(),
    place: row.place,
    description: row.description,
    handling: row.handling,
    status: row.status,
    statusLabel: SECURITY_INCIDENT_STATUS_LABELS[row.status],
    closedAt: row.closedAt ? row.closedAt.toISOString() : null,
    withdrawalReason: row.withdrawalReason,
    escalated: row.escalatedAt !== null,
    escalationLevel: row.escalationLevel,
    escalatedAt: row.escalatedAt ? row.escalatedAt.toISOString() : null,
    escalatedBy: row.escalatedBy,
    escalationNote: row.escalationNote,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the change events carry. */
export function snapshotOf(row: SecurityIncidentRow): SecurityIncidentSnapshot {
  return { id: row.id, title: row.title, kind: row.kind, status: row.status, escalated: row.escalatedAt !== null, version: row.version };
}
