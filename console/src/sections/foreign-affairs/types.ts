/** The views of foreign-affairs as the gateway sends them (written by hand, see the console README). */
export interface TripBreach {
  rule: string;
  message: string;
  basis: string;
}

export interface TripCheck {
  ruleVersionId: string;
  ruleEffectiveFrom: string;
  ruleSource: string;
  days: number;
  countedCountries: number;
  allowedDays: number;
  groupSize: number;
  officialDays: number;
  breaches: TripBreach[];
}

export interface TripCountry {
  name: string;
  region: 'latin_america' | 'africa' | 'other';
  transit: boolean;
  leavesAirport: boolean;
}

export interface TripItineraryDay {
  date: string;
  place: string;
  business: string;
  official: boolean;
}

export interface TripMember {
  name: string;
  post: string;
  rank: string;
  unitName: string;
  leadership: boolean;
  role: 'delegate' | 'interpreter' | 'spouse' | 'child';
  idNumber: string;
  passportNumber: string | null;
  briefedOn: string | null;
  briefingNote: string | null;
}

export interface Trip {
  id: string;
  number: string;
  title: string;
  unitId: string | null;
  unitName: string;
  purpose: string;
  planYear: number;
  planEntry: string;
  countries: TripCountry[];
  departureDate: string;
  returnDate: string;
  itinerary: TripItineraryDay[];
  members: TripMember[];
  inviter: string;
  invitationSummary: string;
  budgetFen: number;
  status: string;
  statusLabel: string;
  check: TripCheck;
  returnReason: string | null;
  publicityFrom: string | null;
  publicityEndsOn: string | null;
  publicityExplanation: string[];
  publicityInTime: boolean;
  departedOn: string | null;
  returnedOn: string | null;
  passportDueOn: string | null;
  passportsReturnedOn: string | null;
  reportDueOn: string | null;
  reportDueExplanation: string[];
  reportOverdue: boolean;
  report: string | null;
  publicSummary: string | null;
  reportedAt: string | null;
  withdrawalReason: string | null;
  timeline: { step: string; label: string; fromStatus: string | null; toStatus: string; note: string | null; at: string; by: string }[];
  version: number;
}

export interface Reception {
  id: string;
  unitId: string | null;
  title: string;
  protocolLevel: string;
  purpose: string;
  startsAt: string;
  endsAt: string;
  location?: string;
  guests: { name: string; organization?: string; title?: string; country: string }[];
  leaders: { userId: string; name: string }[];
  programme: { at: string; item: string; location?: string }[];
  responsible: { name: string; duty: string }[];
  gifts: { item: string; recipient: string; quantity: number; unitValueFen: number }[];
  giftsTotalFen: number;
  status: string;
  statusLabel: string;
  summary: string | null;
  withdrawalReason: string | null;
  version: number;
}

export interface Incident {
  id: string;
  unitId: string | null;
  kind: 'incident' | 'consular';
  title: string;
  level: string;
  levelLabel: string;
  occurredAt: string;
  receivedAt: string;
  location: string | null;
  country: string | null;
  summary: string;
  units: { unitId?: string; name: string }[];
  contacts: { name: string; relation: string; phone: string }[];
  reports: { stage: string; label: string; reportedAt: string; to: string; content: string; by: string }[];
  actions: { at: string; action: string; by: string }[];
  status: string;
  statusLabel: string;
  outcome: string | null;
  withdrawalReason: string | null;
  version: number;
}

export interface FriendshipAgreement {
  id: string;
  title: string;
  signedOn: string;
  place: string;
  signatories: string[];
  validUntil?: string;
  fileSha256?: string;
  addedAt: string;
  addedBy: string;
}

export interface FriendshipExchange {
  id: string;
  date: string;
  direction: 'outbound' | 'inbound';
  delegationHead: string;
  summary: string;
  tripId?: string;
  receptionId?: string;
  addedAt: string;
  addedBy: string;
}

export interface Friendship {
  id: string;
  unitId: string | null;
  partnerName: string;
  partnerOriginalName: string;
  partnerType: string;
  country: string;
  kind: string;
  kindLabel: string;
  responsibleUnitName: string;
  note?: string;
  status: 'intent' | 'signed' | 'terminated';
  statusLabel: string;
  signedOn: string | null;
  terminatedOn: string | null;
  terminationReason: string | null;
  agreements: FriendshipAgreement[];
  exchanges: FriendshipExchange[];
  version: number;
  createdAt: string;
  createdBy: string;
}

export interface HonoraryTitle {
  id: string;
  unitId: string | null;
  friendshipId?: string;
  titleName: string;
  nomineeName: string;
  nationality: string;
  passportNumber: string;
  contribution: string;
  proposingUnitName: string;
  status: 'proposed' | 'reviewed' | 'approved' | 'conferred' | 'revoked' | 'withdrawn';
  statusLabel: string;
  reviewOpinion: string | null;
  reviewedBy: string | null;
  approver: string | null;
  approvingBody: string | null;
  approvedOn: string | null;
  conferredOn: string | null;
  certificateNumber: string | null;
  endReason: string | null;
  version: number;
  createdAt: string;
  createdBy: string;
}

export interface Regulation {
  id: string;
  title: string;
  documentNumber: string;
  kind: string;
  kindLabel: string;
  effectiveOn: string;
  body: string;
  revision: number;
  status: 'in_force' | 'repealed';
  statusLabel: string;
  repealedOn: string | null;
  repealReason: string | null;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface RegulationRevision {
  revision: number;
  title: string;
  documentNumber: string;
  kind: string;
  effectiveOn: string;
  body: string;
  note: string | null;
  recordedAt: string;
  recordedBy: string;
}

export interface EducationAttendee {
  name: string;
  unitName: string;
  present: boolean;
  absenceReason?: string;
}

export interface EducationSession {
  id: string;
  heldOn: string;
  topic: string;
  kind: string;
  kindLabel: string;
  speaker: string;
  tripId?: string;
  attendees: EducationAttendee[];
  presentCount: number;
  absentCount: number;
  status: 'recorded' | 'withdrawn';
  statusLabel: string;
  withdrawalReason: string | null;
  version: number;
}

export interface PersonEducationEntry {
  sessionId: string;
  heldOn: string;
  topic: string;
  kind: string;
  kindLabel: string;
  unitName: string;
  present: boolean;
  absenceReason: string | null;
}
