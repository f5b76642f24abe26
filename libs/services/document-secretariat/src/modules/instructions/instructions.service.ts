import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { hasPermission, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  CommonDocumentErrors,
  DocumentSecretariatEvents,
  FOLLOW_STATUS_LABELS,
  FOLLOWING_SECTION_LABELS,
  InstructionErrors,
  type FollowUpInstruction,
  type LeaderTitle,
  type InstructionView,
  LeaderInstructionRecorded,
  type ListInstructions,
  type RecordInstruction,
  DocumentSecretariatPermissions,
} from '@gov/contracts-document-secretariat';
import { followStateOfItem, ITEM_CHANGE_ACTION_LABELS, type ItemChangeAction, type SupervisionItemChanged } from '@gov/contracts-supervision';
import { DomainError, Transactions, type Queryable, type Tx } from '@gov/platform';
import { itemChangeNote } from '@gov/read-model-supervised-items';
import { SupervisedItemsRepository } from '../supervised/supervised-items.repository.js';
import { visibleOr404 } from '../../common/rows.js';
import { Registry } from '../../common/registry.js';
import { KnownUnits } from '../../common/units.js';
import { DOCUMENTS_PROCESS, IncomingService } from '../incoming/incoming.service.js';
import { Routings } from '../incoming/routings.js';
import { RecordSteps } from '../incoming/steps.js';
import { followingSectionOf } from './instruction-rules.js';
import { InstructionsRepository, type InstructionRow } from './instructions.repository.js';

const DOCUMENTS_INSTRUCT = DocumentSecretariatPermissions.documentsInstruct;

/**
 * 领导批示: recorded once (a client's `requestId` finds the first one again, so a retry records and publishes nothing
 * new), relayed to the units it names (their copies, with 签收 and 阅读 receipts), followed by the secretary section of
 * the leader, and published as `instructionRecorded` for supervision to track.
 */
@Injectable()
export class InstructionsService {
  constructor(
    private readonly instructions: InstructionsRepository,
    private readonly transactions: Transactions,
    private readonly registry: Registry,
    private readonly units: KnownUnits,
    private readonly routings: Routings,
    private readonly steps: RecordSteps,
    private readonly incoming: IncomingService,
    private readonly supervised: SupervisedItemsRepository,
  ) {}

  async record(request: RecordInstruction.Request, caller: CallerContext): Promise<InstructionView> {
    const leader = leaderOf(request, caller);
    if (request.requestId) {
      const first = await this.byRequestId(request.requestId, caller);
      if (first) return first;
    }
    const coUnitIds = [...new Set(request.coUnitIds ?? [])].filter((id) => id !== request.leadUnitId);
    const named = await this.units.require([...(request.leadUnitId ? [request.leadUnitId] : []), ...coUnitIds], '批示涉及单位');
    const id = await this.transactions.run(async (tx) => {
      const id = randomUUID();
      const source = await this.source(request, id, caller, tx);
      const secrecyLevel = Math.max(source.secrecyLevel, request.secrecyLevel ?? 0);
      if (secrecyLevel > caller.clearance) throw new DomainError(CommonDocumentErrors.secrecyAboveClearance, '批示密级高于本人涉密等级');
      const now = new Date();
      const instructedAt = request.instructedAt ? new Date(request.instructedAt) : now;
      const followedBy = followingSectionOf(request);
      const unitIds = [...new Set([...named.map((u) => u.id), ...source.unitIds])];
      const inserted = await this.instructions.insert(tx.manager, {
        id,
        request_id: request.requestId ?? null,
        source_kind: request.sourceKind,
        source_id: source.id,
        source_title: source.title,
        source_doc_number: source.docNumber,
        leader_user_id: leader.userId,
        leader_name: leader.name,
        leader_title: request.leaderTitle,
        addressed_leader_title: request.addressedLeaderTitle ?? null,
        text: request.text.trim(),
        instructed_at: instructedAt,
        lead_unit_id: request.leadUnitId ?? null,
        co_unit_ids: coUnitIds,
        due_date: request.dueDate ?? null,
        followed_by: followedBy,
        recorded_on_behalf: leader.onBehalf,
        secrecy_level: secrecyLevel,
        unit_ids: unitIds,
        user_ids: [leader.userId],
        created_by: caller.username,
        created_at: now,
      });
      // A concurrent retry with the same requestId committed first: this one records nothing and publishes nothing.
      if (!inserted) return null;
      const row = (await this.instructions.find(id, tx.manager)) as InstructionRow;
      await this.index(tx, row);
      await this.routings.add(tx, caller, { kind: 'instruction', id }, [
        ...named.map((u) => ({ kind: 'unit' as const, unitId: u.id, name: u.name, role: u.id === request.leadUnitId ? ('lead' as const) : ('co' as const) })),
      ]);
      await this.steps.record(tx, caller, {
        kind: 'instruction',
        id,
        action: 'instruction.recorded',
        label: leader.onBehalf ? `录入领导批示（${leader.name}）` : `批示（${leader.name}）`,
        state: 'following',
        secrecyLevel,
        unitIds,
        note: row.text,
        detail: { leader: leader.name, leaderTitle: request.leaderTitle, addressedLeaderTitle: request.addressedLeaderTitle ?? null, followedBy, onBehalf: leader.onBehalf, units: named.map((u) => u.name) },
        at: now,
      });
      const event: LeaderInstructionRecorded.Event = {
        instructionId: id,
        sourceKind: request.sourceKind,
        sourceId: source.id,
        sourceTitle: source.title,
        ...(source.docNumber ? { sourceDocNumber: source.docNumber } : {}),
        leaderName: leader.name,
        leaderTitle: request.leaderTitle,
        leaderUserId: leader.userId,
        text: row.text,
        instructedAt: instructedAt.toISOString(),
        ...(request.leadUnitId ? { leadUnitId: request.leadUnitId } : {}),
        coUnitIds,
        ...(request.dueDate ? { dueDate: request.dueDate } : {}),
        followedBy,
        secrecyLevel,
        recordedBy: caller.username,
      };
      await tx.emit(DocumentSecretariatEvents.instructionRecorded, event, undefined, LeaderInstructionRecorded.Event);
      if (request.sourceKind === 'incoming') {
        await this.incoming.onInstruction(tx, source.id, { id, leaderName: leader.name, text: row.text, unitIds: named.map((u) => u.id) }, caller);
      } else if (request.sourceKind !== 'other') {
        const target = await this.registry.visible(request.sourceKind, source.id, caller, tx);
        await this.steps.record(tx, caller, {
          kind: request.sourceKind,
          id: source.id,
          action: `${request.sourceKind}.leader_instruction`,
          label: `领导批示（${leader.name}）`,
          state: target.status,
          secrecyLevel: target.secrecyLevel,
          unitIds: target.unitIds,
          note: row.text,
          detail: { instructionId: id },
        });
      }
      return id;
    });
    if (!id) {
      const first = await this.byRequestId(request.requestId as string, caller);
      if (first) return first;
      throw new DomainError(InstructionErrors.notFound, '批示不存在或无权查看');
    }
    return this.get(id, caller);
  }

  async get(id: string, caller: CallerContext): Promise<InstructionView> {
    return this.toView(await this.visible(id, caller));
  }

  /** 批示 with their follow-up status; 秘书二科 filters followedBy=mishu_er (the deputy mayors'). */
  async list(request: ListInstructions.Request, caller: CallerContext): Promise<ListInstructions.Reply> {
    const page = pageOf(request);
    const { items: rows, total } = await this.instructions.search(
      { followedBy: request.followedBy, followStatus: request.followStatus, sourceKind: request.sourceKind, sourceId: request.sourceId, q: request.q, ...page },
      caller,
    );
    const items: InstructionView[] = [];
    for (const row of rows) items.push(await this.toView(row));
    return { items, total, ...page };
  }

  /** The following section's note on how the 批示 is being carried out; `done` when it has been. */
  async followUp(request: FollowUpInstruction.Request, caller: CallerContext): Promise<InstructionView> {
    if (!hasPermission(caller, DOCUMENTS_PROCESS)) throw new DomainError(CommonDocumentErrors.forbidden, '无权登记批示跟踪情况：须为文秘科或秘书科人员');
    await this.transactions.run(async (tx) => {
      const row = await this.visible(request.id, caller, tx.manager, true);
      if (row.version !== request.expectedVersion) throw new DomainError(CommonDocumentErrors.versionConflict, `批示已被他人修改（当前版本 ${row.version}），请刷新后重试`);
      if (row.follow_status === 'done' || row.follow_status === 'closed') {
        throw new DomainError(CommonDocumentErrors.invalidState, `当前状态“${FOLLOW_STATUS_LABELS[row.follow_status]}”不能再登记跟踪情况`);
      }
      const item = await this.supervised.ofSource('leader_instruction', row.id, tx.manager);
      const live = !!item && item.status !== 'withdrawn';
      if (live && request.followStatus === 'done') {
        throw new DomainError(InstructionErrors.followedByItem, '该批示已立项督办，落实状态随督办事项办结（销号）自动更新，不能手工设为“已落实”', [
          { field: 'followStatus', code: 'invalid', message: '跟踪状态：已立项督办的批示由督办事项决定' },
        ]);
      }
      // A note on a 批示 with a live item keeps its item-driven state; a withdrawn item leaves the 批示 to its section again.
      const status = live ? row.follow_status : (request.followStatus ?? 'following');
      const saved = await this.instructions.saveFollowUp(tx.manager, row.id, request.note.trim(), status, caller.username);
      await this.index(tx, saved);
      await this.steps.record(tx, caller, {
        kind: 'instruction',
        id: row.id,
        action: status === 'done' ? 'instruction.done' : 'instruction.followed_up',
        label: status === 'done' ? '批示已落实' : '跟踪批示落实情况',
        state: status,
        secrecyLevel: saved.secrecy_level,
        unitIds: saved.unit_ids,
        note: request.note.trim(),
      });
    });
    return this.get(request.id, caller);
  }

  private async byRequestId(requestId: string, caller: CallerContext): Promise<InstructionView | null> {
    const row = await this.instructions.findByRequestId(requestId);
    if (!row) return null;
    if (row.created_by !== caller.username) throw new DomainError(InstructionErrors.requestIdReused, '该请求标识已被他人用于另一条批示，请重新生成');
    return this.toView(row);
  }

  private async source(
    request: RecordInstruction.Request,
    id: string,
    caller: CallerContext,
    tx: Tx,
  ): Promise<{ id: string; title: string; docNumber: string | null; secrecyLevel: number; unitIds: string[] }> {
    if (request.sourceKind === 'other') {
      if (!request.sourceTitle?.trim()) {
        throw new DomainError(InstructionErrors.sourceTitleRequired, '批示在其他材料上时须写明材料标题', [{ field: 'sourceTitle', code: 'required', message: '材料标题：其他材料必填' }]);
      }
      return { id: request.sourceId ?? id, title: request.sourceTitle.trim(), docNumber: null, secrecyLevel: 0, unitIds: [] };
    }
    if (!request.sourceId) throw new DomainError(CommonDocumentErrors.notFound, '须指明批示所在的材料', [{ field: 'sourceId', code: 'required', message: '材料 id：必填' }]);
    if (request.sourceKind === 'incoming') {
      const row = await this.incoming.visibleRow(request.sourceId, caller, tx);
      return { id: request.sourceId, title: row.title, docNumber: row.docNumber, secrecyLevel: row.secrecyLevel, unitIds: [] };
    }
    const record = await this.registry.visible(request.sourceKind, request.sourceId, caller, tx);
    return { id: record.id, title: record.title, docNumber: record.docNumber ?? null, secrecyLevel: record.secrecyLevel, unitIds: [...record.unitIds] };
  }

  private async visible(id: string, caller: CallerContext, db?: Queryable, lock = false): Promise<InstructionRow> {
    return visibleOr404(await this.instructions.find(id, db, lock), caller, { spec: CommonDocumentErrors.notFound, detail: '批示不存在或无权查看' });
  }

  private async index(tx: Tx, row: InstructionRow): Promise<void> {
    await this.registry.put(tx, {
      kind: 'instruction',
      id: row.id,
      title: `${row.leader_name}批示：${row.source_title}`,
      docNumber: row.source_doc_number,
      status: row.follow_status,
      statusLabel: FOLLOW_STATUS_LABELS[row.follow_status],
      secrecyLevel: row.secrecy_level,
      unitIds: row.unit_ids,
      userIds: row.user_ids,
      year: row.instructed_at.getUTCFullYear(),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
  }

  private async toView(row: InstructionRow): Promise<InstructionView> {
    const supervision = (await this.supervised.viewsOf('leader_instruction', [row.id])).get(row.id);
    return {
      id: row.id,
      ...(row.request_id ? { requestId: row.request_id } : {}),
      sourceKind: row.source_kind,
      sourceId: row.source_id,
      sourceTitle: row.source_title,
      ...(row.source_doc_number ? { sourceDocNumber: row.source_doc_number } : {}),
      leaderUserId: row.leader_user_id,
      leaderName: row.leader_name,
      leaderTitle: row.leader_title,
      ...(row.addressed_leader_title ? { addressedLeaderTitle: row.addressed_leader_title as LeaderTitle } : {}),
      text: row.text,
      instructedAt: row.instructed_at.toISOString(),
      ...(row.lead_unit_id ? { leadUnitId: row.lead_unit_id } : {}),
      coUnitIds: row.co_unit_ids,
      ...(row.due_date ? { dueDate: row.due_date } : {}),
      followedBy: row.followed_by,
      followedByLabel: FOLLOWING_SECTION_LABELS[row.followed_by],
      followStatus: row.follow_status,
      followStatusLabel: FOLLOW_STATUS_LABELS[row.follow_status],
      ...(row.follow_note ? { followNote: row.follow_note } : {}),
      secrecyLevel: row.secrecy_level,
      recordedOnBehalf: row.recorded_on_behalf,
      recordedBy: row.created_by,
      recordedAt: row.created_at.toISOString(),
      routings: await this.routings.of('instruction', row.id),
      ...(supervision ? { supervision } : {}),
      version: row.version,
    };
  }

  /**
   * A change of the 督办事项 opened from a 批示 (supervision's `item.changed`): the read model keeps the item's state,
   * light, deadline and units; the 批示's follow-up status follows the item (已办结 on 销号, 督办已撤销 on 撤销); the 批示's
   * timeline gets a line for every change and the document it was written on one for each step of the units' handling.
   */
  async onItemChanged(event: SupervisionItemChanged.Event, tx: Tx): Promise<void> {
    const row = await this.instructions.find(event.sourceId as string, tx.manager, true);
    if (!row) return; // not a 批示 of this service (supervision keys leader_instruction items on our ids only)
    const current = await this.supervised.apply(tx.manager, event);
    const actor = { userId: SYSTEM_USER_ID, username: event.actor, displayName: event.actor === 'system' ? '系统' : `督查室（${event.actor}）` };
    let saved = row;
    if (current) {
      const follow = followStateOfItem(event.status);
      if (follow !== row.follow_status && !(follow === 'following' && row.follow_status === 'done')) {
        saved = await this.instructions.saveFollowStatus(tx.manager, row.id, follow, `supervision:${event.actor}`);
        await this.index(tx, saved);
      }
    }
    const label = ITEM_CHANGE_ACTION_LABELS[event.action];
    const note = itemChangeNote(event);
    const detail = { itemId: event.id, itemVersion: event.version, status: event.status, light: event.light, dueDate: event.dueDate };
    await this.steps.record(tx, actor, {
      kind: 'instruction',
      id: row.id,
      action: `instruction.supervision.${event.action}`,
      label,
      state: saved.follow_status,
      secrecyLevel: saved.secrecy_level,
      unitIds: saved.unit_ids,
      note,
      detail,
      at: new Date(event.at),
    });
    if (!PARENT_TIMELINE_ACTIONS.has(event.action) || row.source_kind === 'other') return;
    const parent = await this.instructions.registered(row.source_kind, row.source_id, tx.manager);
    if (!parent) return;
    await this.steps.record(tx, actor, {
      kind: row.source_kind,
      id: row.source_id,
      action: `${row.source_kind}.supervision.${event.action}`,
      label: `${row.leader_name}批示的督办事项：${label}`,
      state: parent.status,
      secrecyLevel: parent.secrecy_level,
      unitIds: parent.unit_ids,
      note,
      detail: { ...detail, instructionId: row.id },
      at: new Date(event.at),
    });
  }
}

const SYSTEM_USER_ID = '00000000-0000-0000-0000-000000000000';

/** The steps of the units' handling that the document the 批示 was written on shows (立项 and 灯色 stay on the 批示). */
const PARENT_TIMELINE_ACTIONS: ReadonlySet<ItemChangeAction> = new Set<ItemChangeAction>([
  'acknowledged',
  'feedback',
  'extension_approved',
  'completion_reported',
  'sent_back',
  'closed',
  'withdrawn',
  'redated',
]);

/** The leader: the caller when a leader instructs; a named leader when a clerk records a paper 批示 on their behalf. */
function leaderOf(request: RecordInstruction.Request, caller: CallerContext): { userId: string; name: string; onBehalf: boolean } {
  const ownInstruction = hasPermission(caller, DOCUMENTS_INSTRUCT) && (!request.leaderUserId || request.leaderUserId === caller.userId);
  if (ownInstruction) return { userId: caller.userId, name: caller.displayName, onBehalf: false };
  if (!hasPermission(caller, DOCUMENTS_PROCESS)) throw new DomainError(InstructionErrors.notALeader, '只有领导本人可以批示，或由文秘、秘书人员代录纸质批示');
  if (!request.leaderUserId || !request.leaderName?.trim()) {
    throw new DomainError(InstructionErrors.leaderRequired, '代录纸质批示须写明批示领导', [
      { field: request.leaderUserId ? 'leaderName' : 'leaderUserId', code: 'required', message: '批示领导：代录时必填（用户 id 和姓名）' },
    ]);
  }
  return { userId: request.leaderUserId, name: request.leaderName.trim(), onBehalf: true };
}

