/** The administrators' records as the gateway sends them (libs/contracts/gateway, libs/contracts/common/src/ops.ts). */
export interface Account {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  sectionCode: string | null;
  unitId: string | null;
  clearance: number;
  status: 'active' | 'disabled';
  passwordChangeRequired: boolean;
  totpEnrolled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface SectionRef {
  code: string;
  name: string;
  alsoKnownAs: string | null;
  sortOrder: number;
}

export interface AuditEvent {
  seq: number;
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorUsername: string | null;
  action: string;
  targetId: string | null;
  outcome: 'success' | 'failure' | 'pending';
  statusCode: number;
  reason: string | null;
  ip: string | null;
  requestId: string | null;
  prevHash: string;
  hash: string;
}

export interface ChainCheck {
  ok: boolean;
  checked: number;
  firstBrokenSeq: number | null;
  firstBrokenId: string | null;
  reason: string | null;
}

export interface DeadLetter {
  id: string;
  consumer: string;
  subject: string;
  eventId: string;
  deliveries: number;
  error: string;
  status: 'open' | 'replayed';
  failedAt: string;
  replayedAt: string | null;
  replayedBy: string | null;
}

export interface AdminTask {
  id: string;
  kind: 'dead_letter' | 'webhook_paused';
  title: string;
  service: string;
  deadLetterId: string | null;
  webhookId: string | null;
  subject: string;
  eventId: string;
  recordId: string | null;
  deliveries: number;
  error: string;
  replayPath: string;
  status: 'open' | 'closed';
  openedAt: string;
  closedAt: string | null;
  closedBy: string | null;
}

export interface CalendarDay {
  date: string;
  name: string;
}

export interface CalendarYearSummary {
  year: number;
  holidayCount: number;
  makeupWorkdayCount: number;
  source: string;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface CalendarYear {
  year: number;
  holidays: CalendarDay[];
  makeupWorkdays: CalendarDay[];
  source: string;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface Webhook {
  id: string;
  url: string;
  subjects: string[];
  description: string;
  state: 'active' | 'paused' | 'retired';
  stateLabel: string;
  stateReason: string | null;
  consecutiveFailures: number;
  lastSuccessAt: string | null;
  lastFailureAt: string | null;
  lastError: string | null;
}
