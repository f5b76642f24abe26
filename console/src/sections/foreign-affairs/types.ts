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
