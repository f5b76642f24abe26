import { INCOMING_STATE_LABELS, ROUTING_STATUS_LABELS, type IncomingState, type RoutingAction, type RoutingRole, type RoutingStatus, type UrgencyLevel } from '@gov/contracts-document-secretariat';

/** The steps of 收文 (《党政机关公文处理工作条例》第二十四条) as actions on the record. */
export type IncomingAction = 'accept' | 'return' | 'propose' | 'instruct' | 'distribute' | 'chase' | 'complete' | 'reply';

export const INCOMING_ACTION_LABELS: Record<IncomingAction, string> = {
  accept: '初审受理',
  return: '退回',
  propose: '拟办',
  instruct: '批办',
  distribute: '分办',
  chase: '催办',
  complete: '办结',
  reply: '答复',
};

/**
 * (from-state, action) → to-state. 初审 either accepts or returns to the sender (the flow ends: 退回). A 阅知件 may be
 * distributed straight after 初审; a 批办件 gets a 拟办意见 and the leader's 批办 first. 分办 may be repeated while the
 * document is being handled (more units, more leaders); 催办 is only for a document being handled.
 */
const TRANSITIONS: Record<IncomingState, Partial<Record<IncomingAction, IncomingState>>> = {
  registered: { accept: 'accepted', return: 'returned' },
  returned: {},
  accepted: { propose: 'proposed', distribute: 'distributed' },
  proposed: { propose: 'proposed', instruct: 'instructed' },
  instructed: { distribute: 'distributed' },
  distributed: { distribute: 'distributed', chase: 'distributed', complete: 'completed' },
  completed: { reply: 'replied' },
  replied: {},
};

/** The state after `action`, or null when the step is not allowed from `state`. */
export function nextIncomingState(state: IncomingState, action: IncomingAction): IncomingState | null {
  return TRANSITIONS[state][action] ?? null;
}

export function incomingStepRefusal(state: IncomingState, action: IncomingAction): string {
  return `当前状态“${INCOMING_STATE_LABELS[state]}”不能${INCOMING_ACTION_LABELS[action]}`;
}

/**
 * 承办 time limits by 紧急程度, in working days from the day of 分办 (not counted). 条例第二十四条: urgent documents carry a
 * time limit; the office's practice (博山区政府办公室公文办理规定, to be confirmed by 文秘科) is 特急/特提 3, 加急/平急 5,
 * 一般 15 working days. A clerk may set a different limit at 分办; the record keeps the basis it was given.
 */
export const DEFAULT_TIME_LIMITS: Record<UrgencyLevel, number> = {
  very_urgent: 3,
  extra_urgent_telegram: 3,
  urgent: 5,
  ordinary_telegram: 5,
  normal: 15,
};

export function timeLimitFor(urgency: UrgencyLevel, override?: number): { workingDays: number; basis: string } {
  if (override) return { workingDays: override, basis: `分办时指定 ${override} 个工作日` };
  const workingDays = DEFAULT_TIME_LIMITS[urgency];
  return { workingDays, basis: `按紧急程度默认 ${workingDays} 个工作日（特急 3、加急 5、一般 15）` };
}

/** What a recipient can do with its copy: 签收, 阅 (read receipt), report progress, 办结. 传阅 copies end at 已阅. */
const ROUTING_TRANSITIONS: Record<RoutingStatus, Partial<Record<RoutingAction, RoutingStatus>>> = {
  pending: { sign: 'signed', read: 'read' },
  signed: { read: 'read', progress: 'handling', done: 'done' },
  read: { progress: 'handling', done: 'done' },
  handling: { progress: 'handling', done: 'done' },
  done: {},
};

const ROUTING_ACTION_LABELS: Record<RoutingAction, string> = { sign: '签收', read: '阅读', progress: '报送办理进展', done: '办结' };

export function nextRoutingStatus(status: RoutingStatus, action: RoutingAction, role: RoutingRole): RoutingStatus | null {
  if (role === 'read' && (action === 'progress' || action === 'done')) return null;
  return ROUTING_TRANSITIONS[status][action] ?? null;
}

export function routingStepRefusal(status: RoutingStatus, action: RoutingAction, role: RoutingRole): string {
  if (role === 'read' && (action === 'progress' || action === 'done')) return '传阅件只需签收和阅读，不办理';
  return `当前状态“${ROUTING_STATUS_LABELS[status]}”不能${ROUTING_ACTION_LABELS[action]}`;
}

export const ROUTING_ACTION_TIMELINE_LABELS = ROUTING_ACTION_LABELS;

/** The one deadline of a 分办 copy linked to a 督办事项 (一事一期限): the earlier date, which side chose it, and why. */
export interface OneDeadline {
  dueDate: string;
  source: 'routing' | 'item';
  explanation: string;
}

/**
 * The stricter of the copy's 承办期限 (the 收文's, from 分办) and the item's 办理期限 (with approved extensions), both from
 * the deadline engine over the same calendar. The same day counts as the 承办期限 (the copy's own record); an item
 * deadline moved later by an approved extension leaves the 承办期限 the stricter and says so. Null when neither is known.
 */
export function oneDeadline(routingDue: string | null, itemDue: string | null, itemExtended = false): OneDeadline | null {
  const rule = '按较严格的期限执行（一事一期限）';
  if (routingDue && itemDue) {
    if (routingDue === itemDue) return { dueDate: routingDue, source: 'routing', explanation: `收文承办期限与督办期限同为 ${routingDue}，${rule}` };
    if (routingDue < itemDue) {
      const item = itemExtended ? `经批准延期后的督办期限 ${itemDue}` : `督办期限 ${itemDue}`;
      return { dueDate: routingDue, source: 'routing', explanation: `收文承办期限 ${routingDue} 早于${item}，${rule}` };
    }
    return { dueDate: itemDue, source: 'item', explanation: `督办期限 ${itemDue} 早于收文承办期限 ${routingDue}，${rule}` };
  }
  if (routingDue) return { dueDate: routingDue, source: 'routing', explanation: `督办事项未定期限，按收文承办期限 ${routingDue} 执行（一事一期限）` };
  if (itemDue) return { dueDate: itemDue, source: 'item', explanation: `收文未定承办期限，按督办期限 ${itemDue} 执行（一事一期限）` };
  return null;
}

/** What the linked unit sees on its 分办 copy. */
export const LINKED_ROUTING_NOTICE = '本件已列入督办，请在督办事项中反馈';
/** Who completes a linked copy when the item is reported done or closed. */
export const ITEM_COMPLETION_ACTOR = '督查室（督办销号）';
