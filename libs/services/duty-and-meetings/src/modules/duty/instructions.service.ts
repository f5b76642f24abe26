import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  DutyAndMeetingsEvents,
  DutyErrors,
  DutyInstructionErrors,
  DutyInstructionRecorded,
  type DutyInstructionView,
  type InstructionRelayStatus,
  type InstructionSourceKind,
  type ListDutyInstructions,
  type ReceiveDutyInstruction,
  type RecordDutyInstruction,
  type RelayDutyInstruction,
} from '@gov/contracts-duty-and-meetings';
import { DomainError, Transactions, type Tx, publishTaskChanges } from '@gov/platform';
import { dutyTaskChange, instructionTasks } from '../../common/tasks.js';
import { canRecordInstruction, inScope, instructionScope, type UnitScope } from './duty.policy.js';
import { allow, dayOrNull, DutyRecords, firstVersion, iso, isoOrNull, metaOf, type Row } from './duty-records.js';
import { DutyRepository } from './duty.repository.js';
import { SupervisedItemsRepository } from '../../common/supervised-items.repository.js';
import type { SourceItemView, SupervisionItemChanged } from '@gov/contracts-supervision';

/**
 * 领导批示 on a duty report, urgent matter or opinion item: recorded, relayed to the units named (who was told,
 * how, when), and published for supervision to track (督办).
 */
@Injectable()
export class InstructionsService {
  constructor(
    private readonly records: DutyRecords,
    private readonly duty: DutyRepository,
    private readonly transactions: Transactions,
    private readonly supervised: SupervisedItemsRepository,
  ) {}

  /**
   * A change of the 督办事项 opened from a 值班批示 (supervision's `item.changed`): the read model keeps its state, light,
   * deadline and units, shown on the instruction. The instruction's own history is versioned (one line per version, the
   * version a clerk's If-Match holds), so the item's changes stay in the read model and do not bump the instruction.
   */
  async onItemChanged(event: SupervisionItemChanged.Event, tx: Tx): Promise<void> {
    const instruction = await this.duty.instruction(event.sourceId as string, tx.manager);
    if (!instruction) return; // not an instruction of this service
    await this.supervised.apply(tx.manager, event);
  }

  async record(request: RecordDutyInstruction.Request, caller: CallerContext): Promise<DutyInstructionView> {
    allow(canRecordInstruction(caller), '无权登记领导批示');
    return this.transactions.run(async (tx) => {
      const source = await this.duty.instructionSource(request.sourceKind, request.sourceId, tx.manager);
      if (!source) throw new DomainError(DutyInstructionErrors.sourceNotFound, '批示所针对的值班记录、紧急事项或舆情不存在');
      const coUnitIds = [...new Set(request.coUnitIds)].filter((id) => id !== request.leadUnitId);
      for (const unitId of [...(request.leadUnitId ? [request.leadUnitId] : []), ...coUnitIds]) {
        if (!(await this.records.activeUnit(unitId, tx.manager))) throw new DomainError(DutyErrors.unknownUnit, `单位 ${unitId} 不在单位名录中或已停用`);
      }
      const now = new Date();
      const row = firstVersion(
        {
          id: randomUUID(),
          source_kind: request.sourceKind,
          source_id: request.sourceId,
          source_title: source.title,
          leader_name: request.leaderName.trim(),
          leader_title: request.leaderTitle?.trim() || null,
          text: request.text,
          instructed_at: new Date(request.instructedAt),
          due_date: request.dueDate ?? null,
        },
        caller.username,
        now,
      );
      await this.records.insert('duty_instruction', row, tx.manager);
      const relays = [...(request.leadUnitId ? [{ unitId: request.leadUnitId, role: 'lead' }] : []), ...coUnitIds.map((unitId) => ({ unitId, role: 'co' }))];
      for (const relay of relays) {
        await this.records.insert('duty_instruction_relay', { instruction_id: row.id, unit_id: relay.unitId, role: relay.role, status: 'pending' }, tx.manager);
      }
      await this.records.recordHistory(tx, 'duty_instruction', row as { id: string; version: number }, 'recorded', { ...row, relays }, caller.username, now);
      const event: DutyInstructionRecorded.Event = {
        instructionId: row.id as string,
        sourceKind: request.sourceKind,
        sourceId: request.sourceId,
        sourceTitle: source.title as string,
        leaderName: row.leader_name as string,
        ...(row.leader_title ? { leaderTitle: row.leader_title as string } : {}),
        text: request.text,
        instructedAt: (row.instructed_at as Date).toISOString(),
        ...(request.leadUnitId ? { leadUnitId: request.leadUnitId } : {}),
        coUnitIds,
        ...(request.dueDate ? { dueDate: request.dueDate } : {}),
        recordedBy: caller.username,
      };
      await this.publishInstruction(tx, event);
      await publishTaskChanges(tx, dutyTaskChange('duty-instruction', row.id as string, [], instructionTasks(row, relays.map((r) => ({ unit_id: r.unitId, status: 'pending' }))), row.version as number, caller.userId));
      return this.view(row.id as string, tx);
    });
  }

  /** Records that a named unit was told of the instruction: who received it, how, and who passed it on. */
  async relay(request: RelayDutyInstruction.Request, caller: CallerContext): Promise<DutyInstructionView> {
    allow(canRecordInstruction(caller), '无权传达领导批示');
    return this.transactions.run(async (tx) => {
      const instruction = await this.duty.instruction(request.id, tx.manager, true);
      if (!instruction) throw new DomainError(DutyInstructionErrors.notFound, '批示不存在');
      const now = new Date();
      const told = { person: request.notifiedPerson.trim(), channel: request.channel.trim(), at: now, by: caller.username };
      if (!(await this.duty.notifyRelay(request.id, request.unitId, told, tx.manager))) {
        throw new DomainError(DutyInstructionErrors.unitNotNamed, '该单位不在批示的传达范围内');
      }
      await this.nextVersion(tx, instruction, request.unitId, 'relayed', request, caller, now, `传达至 ${request.notifiedPerson}（${request.channel}）`);
      return this.view(request.id, tx);
    });
  }

  /** 签收: the liaison confirms their unit received the instruction; once per unit, with who and when. */
  async receive(request: ReceiveDutyInstruction.Request, caller: CallerContext): Promise<DutyInstructionView> {
    const scope = instructionScope(caller);
    if (scope.kind !== 'own') throw new DomainError(CommonErrors.forbidden, '只有传达单位的联络员可以签收批示');
    const unitId = scope.unitId;
    return this.transactions.run(async (tx) => {
      const instruction = await this.duty.instruction(request.id, tx.manager, true);
      const relay = instruction && (await this.duty.relay(request.id, unitId, tx.manager));
      // Another unit's instruction is not there for this liaison (404, not 403).
      if (!instruction || !relay) throw new DomainError(DutyInstructionErrors.notFound, '批示不存在');
      if (relay.status === 'received') throw new DomainError(DutyInstructionErrors.alreadyReceived, '本单位已签收该批示');
      const now = new Date();
      await this.duty.receiveRelay(request.id, unitId, now, caller.displayName, tx.manager);
      await this.nextVersion(tx, instruction, unitId, 'received', { unitId, receivedBy: caller.displayName }, caller, now, `${caller.displayName} 签收`);
      await publishTaskChanges(tx, dutyTaskChange('duty-instruction', request.id, instructionTasks(instruction, [{ unit_id: unitId, status: relay.status }]), [], (instruction.version as number) + 1, caller.userId));
      return this.view(request.id, tx, scope);
    });
  }

  async get(id: string, caller: CallerContext): Promise<DutyInstructionView> {
    const scope = instructionScope(caller);
    allow(scope.kind !== 'none', '无权查看领导批示');
    return this.transactions.run((tx) => this.view(id, tx, scope));
  }

  /** The instructions, newest first; a liaison's are those relayed to their own unit. */
  async list(request: ListDutyInstructions.Request, caller: CallerContext): Promise<ListDutyInstructions.Reply> {
    const scope = instructionScope(caller);
    allow(scope.kind !== 'none', '无权查看领导批示');
    const page = pageOf(request);
    const relay = { unitId: scope.kind === 'own' ? scope.unitId : request.unitId, status: request.relayStatus };
    const { rows, total } = await this.duty.searchInstructions(relay, request.q, page);
    const relays = await this.duty.relays(rows.map((row) => row.id as string));
    const supervised = await this.supervised.viewsOf('duty_instruction', rows.map((row) => row.id as string));
    const items = rows.map((row) => instructionView(row, relays.filter((relay) => relay.instruction_id === row.id && inScope(scope, relay.unit_id as string)), supervised.get(row.id as string)));
    return { items, total, ...page };
  }

  /** A relay or receipt changed the instruction (locked by the caller): its next version, on the timeline for the unit concerned. */
  private async nextVersion(tx: Tx, instruction: Row, unitId: string, action: string, snapshot: object, caller: CallerContext, at: Date, reason: string): Promise<void> {
    const version = (instruction.version as number) + 1;
    await this.duty.touchInstruction(instruction.id as string, version, at, caller.username, tx.manager);
    await this.records.recordHistory(tx, 'duty_instruction', { id: instruction.id as string, version, unit_id: unitId }, action, snapshot, caller.username, at, reason);
  }

  /** The supervision contract's event id is the instruction id, so a consumer's inbox sees one event per instruction. */
  private async publishInstruction(tx: Tx, event: DutyInstructionRecorded.Event): Promise<void> {
    await tx.emit(DutyAndMeetingsEvents.dutyInstructionRecorded, event, event.instructionId, DutyInstructionRecorded.Event);
  }

  /** The instruction with its relays; in a liaison's scope, only their own unit's relay, and another unit's instruction is not found. */
  private async view(id: string, tx: Tx, scope: UnitScope = { kind: 'all' }): Promise<DutyInstructionView> {
    const row = await this.duty.instruction(id, tx.manager);
    const relays = (await this.duty.relays([id], tx.manager)).filter(
      (r) => inScope(scope, r.unit_id as string),
    );
    if (!row || (scope.kind !== 'all' && !relays.length)) throw new DomainError(DutyInstructionErrors.notFound, '批示不存在');
    return instructionView(row, relays, (await this.supervised.viewsOf('duty_instruction', [id], tx.manager)).get(id));
  }
}

function instructionView(row: Row, relays: Row[], supervision?: SourceItemView): DutyInstructionView {
  return {
    ...metaOf(row),
    sourceKind: row.source_kind as InstructionSourceKind,
    sourceId: row.source_id as string,
    sourceTitle: row.source_title as string,
    leaderName: row.leader_name as string,
    leaderTitle: (row.leader_title as string | null) ?? null,
    text: row.text as string,
    instructedAt: iso(row.instructed_at),
    dueDate: dayOrNull(row.due_date),
    relays: relays.map((r) => ({
      unitId: r.unit_id as string,
      role: r.role as 'lead' | 'co',
      status: r.status as InstructionRelayStatus,
      notifiedPerson: (r.notified_person as string | null) ?? null,
      channel: (r.channel as string | null) ?? null,
      notifiedAt: isoOrNull(r.notified_at),
      notifiedBy: (r.notified_by as string | null) ?? null,
      receivedAt: isoOrNull(r.received_at),
      receivedBy: (r.received_by as string | null) ?? null,
    })),
    ...(supervision ? { supervision } : {}),
  };
}
