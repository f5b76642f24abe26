/** document-secretariat's records as the gateway sends them (written by hand, like supervision's: see its types.ts). */
export interface Holder {
  kind: 'user' | 'unit' | 'section';
  id: string;
  name: string;
  since: string;
}

export interface FileRefView {
  fileId: string;
  sha256: string;
  filename: string;
  size: number;
}

export interface Routing {
  id: string;
  recordKind: string;
  recordId: string;
  recordTitle: string;
  recipientKind: 'unit' | 'user';
  role: 'lead' | 'co' | 'read';
  roleLabel: string;
  unitId?: string;
  userId?: string;
  recipientName: string;
  status: string;
  statusLabel: string;
  sentAt: string;
  signedAt?: string;
  signedBy?: string;
  readAt?: string;
  readBy?: string;
  doneAt?: string;
  result?: string;
  note?: string;
  version: number;
}

export interface Incoming {
  id: string;
  registrationNumber: string;
  title: string;
  sourceBody: string;
  originalNumber?: string;
  secrecyLevel: number;
  secrecyPeriod?: string;
  urgency: string;
  state: string;
  stateLabel: string;
  holder?: Holder;
  dueDate?: string;
  overdue: boolean;
  receivedAt: string;
  version: number;
}

export interface IncomingDetail extends Incoming {
  sourceLevel: string;
  sourceLevelLabel: string;
  docType: string;
  copyNumber?: string;
  pages: number;
  attachments: FileRefView[];
  returnReason?: string;
  proposal?: string;
  proposedLeaderName?: string;
  instructionId?: string;
  deadline?: { start: string; workingDays: number; dueDate?: string; provisional: boolean; explanation: string[]; basis: string };
  result?: string;
  replyMethod?: string;
  replyContent?: string;
  repliedAt?: string;
  routings: Routing[];
  chases: { id: string; routingId?: string; targetName: string; note: string; chasedBy: string; chasedAt: string }[];
}

export interface Instruction {
  id: string;
  sourceKind: string;
  sourceId: string;
  sourceTitle: string;
  sourceDocNumber?: string;
  leaderUserId: string;
  leaderName: string;
  leaderTitle: string;
  text: string;
  instructedAt: string;
  leadUnitId?: string;
  coUnitIds: string[];
  dueDate?: string;
  followedBy: string;
  followedByLabel: string;
  followStatus: string;
  followStatusLabel: string;
  followNote?: string;
  secrecyLevel: number;
  recordedOnBehalf: boolean;
  recordedBy: string;
  recordedAt: string;
  routings: Routing[];
  version: number;
}

export interface UnitRequest {
  id: string;
  registrationNumber: string;
  title: string;
  unitId: string;
  unitName: string;
  originalNumber?: string;
  summary: string;
  secrecyLevel: number;
  urgency: string;
  attachments: FileRefView[];
  state: string;
  stateLabel: string;
  holder?: Holder;
  proposal?: string;
  decision?: string;
  decisionLabel?: string;
  decisionText?: string;
  decidedByName?: string;
  decidedByTitle?: string;
  decidedAt?: string;
  reply?: { id: string; text: string; docNumber?: string; replyDocumentId?: string; repliedBy: string; repliedAt: string };
  /** The 批复 clock: the handling deadline from the deadline engine, with its explanation and light. */
  deadline?: RequestDeadline;
  submittedBy: string;
  submittedAt: string;
  updatedAt: string;
  version: number;
}

export interface Outgoing {
  id: string;
  status: string;
  statusLabel: string;
  agencyCode: string;
  docType: string;
  title: string;
  docNumber?: string;
  secrecyLevel: number;
  secrecyPeriod?: string;
  draftedByName: string;
  issuedAt?: string;
  updatedAt: string;
  version: number;
}

export interface Finding {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  basis: string;
}

export interface OutgoingDetail extends Outgoing {
  issuingBody: string;
  mainRecipients: { unitId?: string; name: string; relation: string; relationLabel: string }[];
  copyRecipients: { unitId?: string; name: string; relation: string; relationLabel: string }[];
  upward: boolean;
  urgency: string;
  proposedSignerName?: string;
  draftedBy: string;
  bodyVersionNo: number;
  bodySha256: string;
  attachments: FileRefView[];
  latestReview?: { id: string; bodyVersionNo: number; outcome: 'passed' | 'failed'; findings: Finding[]; comment?: string; reviewedByName: string; reviewedAt: string };
  countersigns: { id: string; round: number; partyName: string; status: string; statusLabel: string; opinion?: string; signedByName?: string; signedAt?: string; unitId?: string; sectionCode?: string }[];
  signerName?: string;
  signerTitle?: string;
  signedAt?: string;
  signOpinion?: string;
  writtenDate?: string;
  docNumberManual?: boolean;
  printQuantity?: number;
  copyNumberFrom?: string;
  copyNumberTo?: string;
  printedAt?: string;
  sealUseId?: string;
  sealedAt?: string;
  disclosure?: string;
  disclosureLabel?: string;
  nonDisclosureReason?: string;
  issuedBy?: string;
  distribution: { id: string; unitId: string; unitName: string; role: 'main' | 'copy'; distributedAt: string; receivedAt?: string; receivedByName?: string }[];
  correctsDocumentId?: string;
  correctionReason?: string;
  correctedBy: { id: string; title: string; status: string; docNumber?: string }[];
  createdAt: string;
}

export interface BodyVersion {
  versionNo: number;
  sha256: string;
  length: number;
  savedByName: string;
  savedAt: string;
  note?: string;
  text?: string;
}

export interface DiffLine {
  op: 'equal' | 'delete' | 'insert';
  text: string;
  oldLine?: number;
  newLine?: number;
}

export interface DocTimelineEntry {
  seq: number;
  action: string;
  actionLabel: string;
  actorUsername: string;
  actorName: string;
  at: string;
  note?: string;
}

/** A 督办 item as far as a 批示 page shows it. */
export interface LinkedItem {
  id: string;
  title: string;
  status: string;
  light: string;
  lightReason: string | null;
  leadUnitId: string | null;
  due: { dueDate: string; explanation: string[] };
}

export interface RequestDeadline {
  receivedOn: string;
  dueDate?: string;
  provisional: boolean;
  explanation: string[];
  ruleId?: string;
  light: 'green' | 'yellow' | 'red';
  lightReason: string;
  overdue: boolean;
}

/** One unit's count of 请示 past their handling deadline (GET /api/documents/requests?overdue=true). */
export interface OverdueUnitCount {
  unitId: string;
  unitName: string;
  count: number;
  earliestDueDate: string;
}

/** 文件效力 of an issued document: 有效/已修订/已废止 with its append-only history. */
export interface ValidityChange {
  id: string;
  fromStatus: string;
  status: string;
  statusLabel: string;
  effectiveOn: string;
  byDocumentId?: string;
  byDocNumber?: string;
  byTitle?: string;
  reason: string;
  changedBy: string;
  changedByName: string;
  changedAt: string;
}

export interface DocumentValidity {
  documentId: string;
  docNumber?: string;
  title: string;
  status: string;
  statusLabel: string;
  effectiveOn: string;
  byDocumentId?: string;
  byDocNumber?: string;
  byTitle?: string;
  version: number;
  history: ValidityChange[];
}
