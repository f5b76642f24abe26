/**
 * The supervision item as the gateway sends it. Written by hand: the generated schema gets two fields wrong
 * (nullable strings come out as `Record<string, never>`, and `TimelineEntryView` collides with document-secretariat's
 * class of the same name), see the console README.
 */
export interface DueDateView {
  dueDate: string;
  basis: 'given' | 'computed';
  provisional?: boolean;
  explanation: string[];
}

export interface SupervisionItem {
  id: string;
  kind: string;
  title: string;
  content: string;
  year: number | null;
  source: { kind: string | null; kindLabel?: string | null; id: string | null; title: string | null; reference: string | null };
  leaderName: string | null;
  leadUnitId: string | null;
  coUnitIds: string[];
  status: string;
  due: DueDateView;
  light: string;
  lightReason: string | null;
  registeredAt: string;
  version: number;
}

export interface SupervisionItemDetail extends SupervisionItem {
  /** 一事一期限: the 收文 分办 copies linked to the item, the stricter 承办期限 marked. */
  linkedRoutings: { routingId: string; incomingId: string; incomingTitle: string; unitId: string; unitName: string; routingDueDate: string | null; stricter: boolean; explanation: string }[];
  milestones: { id: string; sequence: number; target: string; dueDate: string; dueExplanation: string[]; reportedAt: string | null }[];
  feedback: { id: string; kind: string; unitId: string; content: string; reportedBy: string; reportedAt: string }[];
  extensions: { id: string; workingDays: number; reason: string; status: string; requestedAt: string; dueBefore: string; dueAfter: string | null }[];
  timeline: { action: string; fromStatus: string | null; toStatus: string | null; note: string | null; actor: string; at: string }[];
}
