import type { IncidentReported, ReceptionScheduled } from '@gov/contracts-foreign-affairs';
import { INCIDENT_KIND_LABELS } from '@gov/contracts-foreign-affairs';
import type { SubmissionUrgentReported } from '@gov/contracts-information';
import { SECURITY_INCIDENT_KIND_LABELS, type SecurityIncidentEscalated } from '@gov/contracts-facilities-and-vehicles';
import {
  INCIDENT_LEVEL_LABELS,
  URGENT_MATTER_SOURCE_KIND_LABELS,
  type CreateActivity,
  type CreateUrgentMatter,
  type Guest,
  type IncidentLevel,
  type UrgentMatterSourceKind,
} from '@gov/contracts-duty-and-meetings';

/**
 * What other sections send to the duty office and the leaders' calendars, turned into this service's own records
 * (issues 16, 18 and 19). Pure mapping and ordering rules; the consumers apply them in the event's transaction.
 */

/** A 外宾接待 as the 接待 activity on the accompanying leaders' calendars (the guests' country goes with their organization). */
export function activityOfReception(event: ReceptionScheduled.Event): CreateActivity.Request {
  return {
    kind: 'reception',
    title: event.title.trim(),
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    ...(event.location ? { location: event.location } : {}),
    ...(event.description ? { description: event.description } : {}),
    leaders: event.leaders.map((l) => ({ userId: l.userId, name: l.name })),
    guests: event.guests.map(guestOf),
    programme: event.programme.map((p) => ({ at: p.at, item: p.item, ...(p.location ? { location: p.location } : {}) })),
    responsible: event.responsible.map((r) => ({ name: r.name, duty: r.duty, ...(r.unitId ? { unitId: r.unitId } : {}) })),
  };
}

function guestOf(guest: ReceptionScheduled.Event['guests'][number]): Guest {
  const organization = [guest.country, guest.organization].filter(Boolean).join('·').slice(0, 80);
  return { name: guest.name, organization, ...(guest.title ? { title: guest.title } : {}) };
}

/** The activity already made from a source record, as far as the ordering rules need it. */
export interface SourcedActivity {
  status: 'scheduled' | 'cancelled';
  sourceVersion: number;
}

/**
 * What a `reception.scheduled` of `version` does: the first one makes the activity; a newer one replaces it; the same
 * or an older one (a redelivery, or a late message) changes nothing. A cancelled reception stays cancelled: in
 * foreign-affairs a cancelled reception was withdrawn, which is final.
 */
export function scheduledStep(existing: SourcedActivity | null, version: number): 'create' | 'update' | 'ignore' {
  if (!existing) return 'create';
  if (existing.status === 'cancelled' || version <= existing.sourceVersion) return 'ignore';
  return 'update';
}

/** What a `reception.cancelled` of `version` does: it cancels a scheduled activity it is not older than; otherwise nothing. */
export function cancelledStep(existing: SourcedActivity | null, version: number): 'cancel' | 'ignore' {
  if (!existing || existing.status === 'cancelled' || version < existing.sourceVersion) return 'ignore';
  return 'cancel';
}

/** The source of an urgent matter another section reported: which record, and the name the duty office reads. */
export interface UrgentMatterSource {
  kind: UrgentMatterSourceKind;
  id: string;
  label: string;
}

/**
 * An urgent 报送信息 carries no level: the duty office judges it. Until then it is received at the level whose time
 * limits apply to every matter (一般), which the label says; staff raise it by opening a matter at the right level.
 */
export const SUBMISSION_PROVISIONAL_LEVEL: IncidentLevel = 'general';

/** A 涉外案事件 or 领事保护 case, as foreign-affairs reported it (its level is the same 突发事件 scale). */
export function urgentMatterOfIncident(event: IncidentReported.Event): { request: CreateUrgentMatter.Request; source: UrgentMatterSource } {
  return {
    request: {
      title: event.title.trim(),
      level: event.level,
      occurredAt: event.occurredAt,
      receivedAt: event.receivedAt,
      ...(event.location ? { location: event.location } : {}),
      ...(event.unitId ? { unitId: event.unitId } : {}),
      summary: event.summary,
    },
    source: { kind: 'foreign_affairs_incident', id: event.incidentId, label: `${URGENT_MATTER_SOURCE_KIND_LABELS.foreign_affairs_incident}·${INCIDENT_KIND_LABELS[event.kind]}` },
  };
}

/** An urgent 报送信息 of the information section: occurred and received when it was reported. */
export function urgentMatterOfSubmission(event: SubmissionUrgentReported.Event): { request: CreateUrgentMatter.Request; source: UrgentMatterSource } {
  return {
    request: {
      title: event.title.trim(),
      level: SUBMISSION_PROVISIONAL_LEVEL,
      occurredAt: event.receivedAt,
      receivedAt: event.receivedAt,
      ...(event.unitId ? { unitId: event.unitId } : {}),
      summary: event.summary,
    },
    source: {
      kind: 'information_submission',
      id: event.submissionId,
      label: `${URGENT_MATTER_SOURCE_KIND_LABELS.information_submission}（报送人 ${event.reportedBy}；未定等级，暂按${INCIDENT_LEVEL_LABELS[SUBMISSION_PROVISIONAL_LEVEL]}事件计时，请值班室研判）`,
    },
  };
}

/**
 * A 安全事件 of the compound escalated by 机关事务管理科 (issue 18): timed at the level the section gave, received when it
 * was escalated; the compound is no unit, so the matter has none.
 */
export function urgentMatterOfSecurityIncident(event: SecurityIncidentEscalated.Event): { request: CreateUrgentMatter.Request; source: UrgentMatterSource } {
  return {
    request: {
      title: event.title.trim(),
      level: event.level,
      occurredAt: event.occurredAt,
      receivedAt: event.receivedAt,
      ...(event.location ? { location: event.location } : {}),
      summary: event.summary,
    },
    source: {
      kind: 'facilities_security_incident',
      id: event.incidentId,
      label: `${URGENT_MATTER_SOURCE_KIND_LABELS.facilities_security_incident}·${SECURITY_INCIDENT_KIND_LABELS[event.kind]}（上报人 ${event.escalatedBy}）`,
    },
  };
}
