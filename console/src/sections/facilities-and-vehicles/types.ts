/** The views of facilities-and-vehicles the console shows (its own types, from the service's contracts). */
export interface TimelineLine {
  step: string;
  label: string;
  actor: string;
  at: string;
  note: string | null;
}

export interface Vehicle {
  id: string;
  unitId: string;
  category: string;
  categoryLabel: string;
  purchaseKind: string;
  replacesVehicleId: string | null;
  plate: string | null;
  model: string;
  energyType: string;
  priceFen: number;
  displacementMl: number | null;
  purchaseDate: string | null;
  mileageKm: number;
  insuranceExpiry: string | null;
  inspectionExpiry: string | null;
  markings: boolean;
  status: string;
  statusLabel: string;
  approvalNumber: string | null;
  capRule: string | null;
  quotaRule: string | null;
  disposalMethod: string | null;
  disposalApprovalNumber: string | null;
  reason: string | null;
  timeline: TimelineLine[];
  version: number;
}

export interface VehicleQuota {
  id: string;
  unitId: string;
  category: string;
  quota: number;
  used: number;
  effectiveFrom: string;
  source: string;
}

export interface VehicleCap {
  id: string;
  category: string;
  priceCapFen: number;
  displacementCapMl: number;
  effectiveFrom: string;
  source: string;
}

export interface Booking {
  id: string;
  unitId: string | null;
  requestedBy: string;
  purpose: string;
  origin: string;
  destination: string;
  startsAt: string;
  endsAt: string;
  passengers: number;
  riders: string;
  status: string;
  statusLabel: string;
  restDayUse: boolean;
  restDayExplanation: string[];
  approvedBy: string | null;
  approvalNote: string | null;
  dispatchNumber: string | null;
  vehicleId: string | null;
  vehiclePlate: string | null;
  driverId: string | null;
  driverName: string | null;
  mileageStartKm: number | null;
  mileageEndKm: number | null;
  distanceKm: number | null;
  fuelCostFen: number | null;
  tollFen: number | null;
  parkingFen: number | null;
  returnedAt: string | null;
  reason: string | null;
  timeline: TimelineLine[];
  version: number;
}

export interface FreeVehicle {
  id: string;
  plate: string | null;
  model: string;
  categoryLabel: string;
}

export interface Driver {
  id: string;
  name: string;
  mobileMasked: string;
  licenceClass: string;
  active: boolean;
}

export interface BoardTrip {
  bookingId: string;
  dispatchNumber: string;
  startsAt: string;
  endsAt: string;
  destination: string;
  vehicleId: string;
  driverId: string;
  driverName: string;
  status: string;
}

export interface LogisticsRequest {
  id: string;
  category: string;
  categoryLabel: string;
  urgency: string;
  urgencyLabel: string;
  location: string;
  description: string;
  unitId: string | null;
  requesterName: string;
  status: string;
  statusLabel: string;
  submittedAt: string;
  responseDueAt: string;
  completionDueAt: string;
  dueExplanation: string[];
  deadlineRule: string;
  assignee: string | null;
  completedAt: string | null;
  completionNote: string | null;
  satisfaction: number | null;
  feedback: string | null;
  reason: string | null;
  light: 'green' | 'yellow' | 'red';
  lightReason: string;
  late: boolean;
  timeline: TimelineLine[];
  version: number;
}

export interface LogisticsCategoryStatistics {
  category: string;
  categoryLabel: string;
  total: number;
  completed: number;
  onTime: number;
  late: number;
  rated: number;
  averageSatisfaction: number | null;
}

export interface Occupant {
  id: string;
  personName: string;
  rank: string;
  rankLabel: string;
  standardM2: number;
  since: string;
}

export interface OfficeRoom {
  id: string;
  building: string;
  roomNumber: string;
  usableAreaM2: number;
  use: string;
  useLabel: string;
  unitId: string | null;
  status: string;
  statusLabel: string;
  occupants: Occupant[];
  standardM2: number;
  overStandard: boolean;
  retireReason: string | null;
  timeline: TimelineLine[];
  version: number;
}

export interface Visitor {
  id: string;
  name: string;
  idNumber: string;
  idNumberMasked: boolean;
  organisation: string | null;
  host: string;
  purpose: string;
  companions: number;
  plate: string | null;
  status: string;
  statusLabel: string;
  arrivedAt: string;
  leftAt: string | null;
  voidReason: string | null;
  version: number;
}

export interface SecurityIncident {
  id: string;
  title: string;
  kind: string;
  kindLabel: string;
  occurredAt: string;
  place: string;
  description: string;
  handling: string | null;
  status: string;
  statusLabel: string;
  closedAt: string | null;
  withdrawalReason: string | null;
  escalated: boolean;
  escalationLevel: string | null;
  escalatedAt: string | null;
  escalatedBy: string | null;
  escalationNote: string | null;
  version: number;
  createdBy: string;
}

export interface GuardShift {
  id: string;
  date: string;
  shift: string;
  shiftLabel: string;
  post: string;
  guardName: string;
  note: string | null;
  status: string;
  statusLabel: string;
  cancelReason: string | null;
  version: number;
}

export interface Patrol {
  id: string;
  route: string;
  patrolledBy: string;
  startedAt: string;
  endedAt: string;
  minutes: number;
  findings: string;
  abnormal: boolean;
  status: string;
  statusLabel: string;
  voidReason: string | null;
  version: number;
}

export interface SupplyItem {
  id: string;
  name: string;
  spec: string | null;
  category: string;
  categoryLabel: string;
  unit: string;
  stock: number;
  lowStockThreshold: number;
  lowStock: boolean;
  status: string;
  statusLabel: string;
  version: number;
}

export interface SupplyRequest {
  id: string;
  sectionCode: string;
  requesterName: string;
  purpose: string;
  lines: { itemId: string; itemName: string; unit: string; quantity: number }[];
  status: string;
  statusLabel: string;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  version: number;
  createdAt: string;
}

/** 周转住房: one housing unit, with its current tenant. */
export interface HousingUnit {
  id: string;
  address: string;
  areaM2: number;
  rooms: number;
  note: string | null;
  status: string;
  statusLabel: string;
  retireReason: string | null;
  currentTenancyId: string | null;
  currentTenant: string | null;
  version: number;
}

/** 周转住房: one tenancy of a cadre posted away from home, with its inspections. */
export interface Tenancy {
  id: string;
  housingUnitId: string;
  address: string;
  tenantName: string;
  basis: string;
  basisLabel: string;
  workUnit: string;
  post: string;
  homePlace: string;
  approvalNumber: string;
  startDate: string;
  endDate: string;
  status: string;
  statusLabel: string;
  checkIn: { date: string; condition: string; by: string } | null;
  checkOut: { date: string; condition: string; by: string } | null;
  endedOn: string | null;
  reason: string | null;
  version: number;
}

/** One line of a record's timeline (镇街办公用房报送, 指导检查). */
export interface StepLine {
  step: string;
  actor: string;
  at: string;
  note: string | null;
}

/** 镇街办公用房报送: a town's or street's yearly office space, assessed against the per-person standard. */
export interface TownSpaceReport {
  id: string;
  unitId: string;
  unitName: string;
  year: number;
  buildings: number;
  totalAreaM2: number;
  officeAreaM2: number;
  staff: Record<'county_principal' | 'county_deputy' | 'section_principal' | 'section_deputy' | 'below_section', number>;
  carsHeld: number | null;
  carsQuota: number | null;
  note: string | null;
  status: string;
  staffTotal: number;
  standardAreaM2: number;
  excessAreaM2: number;
  overStandard: boolean;
  perPersonAreaM2: number | null;
  standardRule: string;
  carsOverQuota: number | null;
  reviewNote: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  withdrawalReason: string | null;
  history: StepLine[];
  version: number;
}

/** 指导检查: a visit to a town or street, its rectification items, the unit's report and the 销号. */
export interface GuidanceVisit {
  id: string;
  unitId: string;
  unitName: string;
  visitDate: string;
  visitors: string;
  findings: string;
  items: { content: string; deadline: string }[];
  dueDate: string | null;
  overdue: boolean;
  status: string;
  rectificationReport: string | null;
  reportedBy: string | null;
  reportedAt: string | null;
  closingNote: string | null;
  closedBy: string | null;
  closedAt: string | null;
  withdrawalReason: string | null;
  history: StepLine[];
  version: number;
}

/** 公务用车年度统计: one unit and category of a year. */
export interface VehicleStatisticsRow {
  unitId: string;
  category: string;
  quota: number;
  held: number;
  renewals: number;
  additions: number;
  disposals: number;
  mileageKm: number;
  dispatches: number;
  fuelFen: number;
  maintenanceFen: number;
  insuranceFen: number;
  otherFen: number;
  totalFen: number;
}

/** 办公用房楼宇 and its 鲁办发〔2018〕49号 "六统一" record. */
export interface UnificationState {
  kind: string;
  label: string;
  recorded: boolean;
  note: string;
}

export interface BuildingEntry {
  id: string;
  kind: string;
  kindLabel: string;
  year: number | null;
  content: string | null;
  approvalDocument: string | null;
  ownerUnit: string | null;
  certificateNumber: string | null;
  date: string | null;
  amountFen: number | null;
  disposalKind: string | null;
  company: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  scope: string | null;
  summary: string;
  ruleNote: string | null;
  status: 'current' | 'voided';
  voidReason: string | null;
  voidedBy: string | null;
  voidedAt: string | null;
  createdAt: string;
  createdBy: string;
}

export interface OfficeBuilding {
  id: string;
  name: string;
  address: string;
  usingUnits: string[];
  totalFloorAreaM2: number;
  builtYear: number;
  status: string;
  statusLabel: string;
  withdrawalReason: string | null;
  ownershipRegistered: boolean;
  ownershipLabel: string;
  unification: UnificationState[];
  areaByUse: { use: string; useLabel: string; rooms: number; usableAreaM2: number }[];
  entries: BuildingEntry[];
  rooms: { id: string; roomNumber: string; use: string; useLabel: string; usableAreaM2: number; occupants: number; overStandard: boolean }[];
  timeline: TimelineLine[];
  version: number;
}

export interface BuildingUnificationSummary {
  items: { id: string; name: string; status: string; statusLabel: string; ownershipLabel: string; unification: UnificationState[] }[];
  counts: { kind: string; label: string; recorded: number }[];
  basis: string;
}
