import { Injectable } from '@nestjs/common';
import { DocumentSecretariatEvents, ROUTING_ROLE_LABELS, RoutingDeadlineLinked } from '@gov/contracts-document-secretariat';
import { ITEM_CHANGE_ACTION_LABELS, type SupervisionItemChanged } from '@gov/contracts-supervision';
import { publishTaskChanges, type Tx } from '@gov/platform';
import { copyTaskChange } from '../../common/tasks.js';
import { IncomingRepository, type IncomingRow } from './incoming.repository.js';
import { ITEM_COMPLETION_ACTOR, LINKED_ROUTING_NOTICE, oneDeadline } from './incoming-rules.js';
import { RoutingsRepository, type RoutingLink, type RoutingRow } from './routings.repository.js';
import { RecordSteps } from './steps.js';

const SYSTEM_USER_ID = '00000000-0000-0000-0000-000000000000';
const ITEM_ROLE_LABELS = { lead: '主责单位', co: '配合单位' } as const;
/** The item's outcomes that complete the linked copies: the unit has answered on the item. */
const COMPLETING = new Set(['completion_reported', 'closed']);

/**
 * 一事一期限 (issue 21 §2): a 收文's 分办 copy and the 督办事项 opened from a 批示 on that 收文 are the same matter for the
 * same unit. From supervision's `item.changed` feed (never its tables) the copy is linked to the item with the unit's
 * role, shows the stricter of the two deadlines, is completed by the item's 报办结/销号 (reopened by a 退回重办) and
 * unlinked by its 撤销.
 * Idempotent: a change not newer (version, time) than the one a copy holds changes nothing.
 */
@Injectable()
export class IncomingItemLinks {
  constructor(
    private readonly rows: RoutingsRepository,
    private readonly incoming: IncomingRepository,
    private readonly steps: RecordSteps,
  ) {}

  async onItemChanged(event: SupervisionItemChanged.Event, tx: Tx): Promise<void> {
    if (event.sourceKind !== 'leader_instruction' || !event.sourceId) return;
    const incomingId = await this.rows.incomingOfInstruction(event.sourceId, tx.manager);
    if (!incomingId) return; // a 批示 on a 请示, a 发文 or on nothing: no 分办 copies to link
    const incoming = await this.incoming.find(incomingId, tx.manager, true);
    if (!incoming) return;
    const roles = new Map<string, 'lead' | 'co'>(event.units.map((u) => [u.unitId, u.role]));
    if (!roles.size) {
      if (event.leadUnitId) roles.set(event.leadUnitId, 'lead');
      for (const id of event.coUnitIds) if (!roles.has(id)) roles.set(id, 'co');
    }
    const at = new Date(event.at);
    for (const copy of await this.rows.lockUnitCopies('incoming', incomingId, tx.manager)) {
      if (copy.role === 'read' || !copy.unit_id) continue;
      const ours = copy.linked_item_id === event.id;
      if (!ours && copy.link_status === 'linked') continue; // the copy follows another item of the same 收文
      if (ours && !isNewer(event, at, copy)) continue; // redelivered or older change
      const role = roles.get(copy.unit_id) ?? null;
      const live = event.action !== 'withdrawn' && event.status !== 'withdrawn' && role !== null;
      if (!live && !(ours && copy.link_status === 'linked')) continue; // nothing to link, nothing to unlink
      await this.apply(tx, event, at, incoming, copy, live ? role : null);
    }
  }

  /** Links (or keeps linked) with the item's deadline and outcome, or unlinks when `role` is null. */
  private async apply(tx: Tx, event: SupervisionItemChanged.Event, at: Date, incoming: IncomingRow, copy: RoutingRow, role: 'lead' | 'co' | null): Promise<void> {
    const before = linkOf(copy);
    const wasLinked = copy.link_status === 'linked' && copy.linked_item_id === event.id;
    const stamp = { linkedItemId: event.id, linkedItemVersion: event.version, linkedItemAt: at };
    const actor = { userId: SYSTEM_USER_ID, username: event.actor, displayName: event.actor === 'system' ? '系统' : `督查室（${event.actor}）` };
    const label = ITEM_CHANGE_ACTION_LABELS[event.action];
    const base = { kind: 'incoming' as const, id: incoming.id, state: incoming.state, secrecyLevel: incoming.secrecy_level, unitIds: incoming.unit_ids, at };
    const who = `${copy.recipient_name}${ROUTING_ROLE_LABELS[copy.role]}`;
    if (!role) {
      // 撤销, or the unit no longer among the item's units: the copy is the unit's again, with its own 承办期限.
      const next: RoutingLink = { ...before, ...stamp, linkStatus: 'unlinked', linkedDueDate: null, deadlineSource: null, linkedDeadlineExplanation: [] };
      await this.rows.saveLink(copy.id, next, `supervision:${event.actor}`, new Date(), tx.manager);
      const reason = event.action === 'withdrawn' ? '督办事项已撤销，解除关联' : '本单位已不是督办责任单位，解除关联';
      await publishDeadlineLink(tx, incoming, copy, event.id, { linked: false, routingDueDate: incoming.due_date, itemDueDate: event.dueDate, deadlineSource: null, explanation: reason });
      await this.steps.record(tx, actor, {
        ...base,
        action: 'routing.unlinked',
        label: `分办件解除督办关联（${who}）`,
        note: event.action === 'withdrawn' ? `${label}，本件恢复由本单位在分办件上办结` : '本单位已不是督办责任单位，本件恢复由本单位在分办件上办结',
        detail: { routingId: copy.id, itemId: event.id, itemVersion: event.version },
      });
      return;
    }
    const extended = event.action === 'extension_approved' || (!!before.linkedItemDueDate && !!event.dueDate && event.dueDate > before.linkedItemDueDate);
    const choice = oneDeadline(incoming.due_date, event.dueDate, extended);
    let next: RoutingLink = {
      ...before,
      ...stamp,
      linkedRole: role,
      linkStatus: 'linked',
      linkedItemDueDate: event.dueDate,
      linkedDueDate: choice?.dueDate ?? null,
      deadlineSource: choice?.source ?? null,
      linkedDeadlineExplanation: choice ? [...incoming.deadline_explanation, ...(choice.source === 'item' ? [`督办事项办理期限 ${event.dueDate}`] : []), choice.explanation] : [],
    };
    const completes = COMPLETING.has(event.action) && copy.status !== 'done';
    // 退回重办 after 报办结: the copy the item completed is open again, as the item is.
    const reopens = event.action === 'sent_back' && copy.status === 'done' && copy.done_by_item;
    if (completes) {
      next = {
        ...next,
        status: 'done',
        signedAt: copy.signed_at ?? at,
        signedBy: copy.signed_by ?? event.actor,
        doneAt: at,
        result: event.note?.trim() || `${label}（督办事项 ${event.id}）`,
        doneByItem: true,
      };
    }
    if (reopens) next = { ...next, status: 'handling', doneAt: null, result: null, doneByItem: false };
    const saved = await this.rows.saveLink(copy.id, next, completes ? ITEM_COMPLETION_ACTOR : `supervision:${event.actor}`, new Date(), tx.manager);
    if (!wasLinked || before.deadlineSource !== next.deadlineSource || before.linkedDueDate !== next.linkedDueDate) {
      await publishDeadlineLink(tx, incoming, copy, event.id, {
        linked: true,
        routingDueDate: incoming.due_date,
        itemDueDate: event.dueDate,
        deadlineSource: next.deadlineSource,
        explanation: choice?.explanation ?? '督办事项与收文均未定期限',
      });
    }
    if (!wasLinked) {
      await this.steps.record(tx, actor, {
        ...base,
        action: 'routing.linked',
        label: `分办件列入督办（${who}，督办${ITEM_ROLE_LABELS[role]}）`,
        note: [LINKED_ROUTING_NOTICE, choice?.explanation].filter(Boolean).join('；'),
        detail: { routingId: copy.id, itemId: event.id, itemVersion: event.version, role, dueDate: choice?.dueDate ?? null, deadlineSource: choice?.source ?? null },
      });
    } else if (before.deadlineSource !== next.deadlineSource || before.linkedDueDate !== next.linkedDueDate) {
      await this.steps.record(tx, actor, {
        ...base,
        action: 'routing.deadline_linked',
        label: `分办件办理期限调整（${who}）`,
        note: choice?.explanation ?? '督办事项与收文均未定期限',
        detail: { routingId: copy.id, itemId: event.id, from: before.linkedDueDate, to: next.linkedDueDate, deadlineSource: next.deadlineSource },
      });
    }
    if (reopens) {
      await this.steps.record(tx, actor, {
        ...base,
        action: 'routing.reopened',
        label: `重新办理（${who}，${label}）`,
        note: event.note,
        detail: { routingId: copy.id, recipient: copy.recipient_name, role: copy.role, status: 'handling', itemId: event.id, itemVersion: event.version },
      });
    }
    if (completes || reopens) {
      const task = copyTaskChange(copy, saved, { title: incoming.title, secrecyLevel: incoming.secrecy_level }, SYSTEM_USER_ID);
      if (task) await publishTaskChanges(tx, task);
    }
    if (completes) {
      await this.steps.record(tx, { ...actor, displayName: ITEM_COMPLETION_ACTOR }, {
        ...base,
        action: 'routing.done',
        label: `办结（${who}，${label}）`,
        note: next.result,
        detail: { routingId: copy.id, recipient: copy.recipient_name, role: copy.role, status: 'done', itemId: event.id, itemVersion: event.version },
      });
    }
  }

  /**
   * The 收文's 承办期限 moved (a calendar change, a new time limit at 分办): the linked copies choose again, and supervision
   * learns each copy's new 承办期限 (its light turns on it when it is the stricter).
   */
  async rechoose(tx: Tx, incoming: IncomingRow): Promise<void> {
    for (const copy of await this.rows.lockUnitCopies('incoming', incoming.id, tx.manager)) {
      if (copy.link_status !== 'linked' || !copy.linked_item_id) continue;
      const choice = oneDeadline(incoming.due_date, copy.linked_item_due_date);
      await publishDeadlineLink(tx, incoming, copy, copy.linked_item_id, {
        linked: true,
        routingDueDate: incoming.due_date,
        itemDueDate: copy.linked_item_due_date,
        deadlineSource: choice?.source ?? null,
        explanation: choice?.explanation ?? '督办事项与收文均未定期限',
      });
      if ((choice?.dueDate ?? null) === copy.linked_due_date && (choice?.source ?? null) === copy.deadline_source) continue;
      const explanation = choice ? [...incoming.deadline_explanation, ...(choice.source === 'item' ? [`督办事项办理期限 ${copy.linked_item_due_date}`] : []), choice.explanation] : [];
      await this.rows.saveLink(
        copy.id,
        { ...linkOf(copy), linkedDueDate: choice?.dueDate ?? null, deadlineSource: choice?.source ?? null, linkedDeadlineExplanation: explanation },
        'system',
        new Date(),
        tx.manager,
      );
    }
  }
}

interface DeadlineLink {
  linked: boolean;
  routingDueDate: string | null;
  itemDueDate: string | null;
  deadlineSource: 'routing' | 'item' | null;
  explanation: string;
}

/** `routing.deadline-linked` through the outbox: the copy's 承办期限 for supervision's light (一事一期限). */
async function publishDeadlineLink(tx: Tx, incoming: IncomingRow, copy: RoutingRow, itemId: string, link: DeadlineLink): Promise<void> {
  if (!copy.unit_id) return;
  const event: RoutingDeadlineLinked.Event = {
    routingId: copy.id,
    incomingId: incoming.id,
    incomingTitle: incoming.title.slice(0, 300),
    itemId,
    unitId: copy.unit_id,
    unitName: copy.recipient_name.slice(0, 200),
    linked: link.linked,
    ...(link.routingDueDate ? { routingDueDate: link.routingDueDate } : {}),
    ...(link.itemDueDate ? { itemDueDate: link.itemDueDate } : {}),
    ...(link.deadlineSource ? { deadlineSource: link.deadlineSource } : {}),
    explanation: link.explanation.slice(0, 1000),
    changedAt: new Date().toISOString(),
  };
  await tx.emit(DocumentSecretariatEvents.routingDeadlineLinked, event, undefined, RoutingDeadlineLinked.Event);
}

function isNewer(event: SupervisionItemChanged.Event, at: Date, copy: RoutingRow): boolean {
  if (copy.linked_item_version === null || !copy.linked_item_at) return true;
  if (event.version !== copy.linked_item_version) return event.version > copy.linked_item_version;
  return at.getTime() > copy.linked_item_at.getTime();
}

function linkOf(copy: RoutingRow): RoutingLink {
  return {
    status: copy.status,
    signedAt: copy.signed_at,
    signedBy: copy.signed_by,
    doneAt: copy.done_at,
    result: copy.result,
    linkedItemId: copy.linked_item_id,
    linkedRole: copy.linked_role,
    linkStatus: copy.link_status,
    linkedItemVersion: copy.linked_item_version,
    linkedItemAt: copy.linked_item_at,
    linkedItemDueDate: copy.linked_item_due_date,
    linkedDueDate: copy.linked_due_date,
    deadlineSource: copy.deadline_source,
    linkedDeadlineExplanation: copy.linked_deadline_explanation ?? [],
    doneByItem: copy.done_by_item,
  };
}
