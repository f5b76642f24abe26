import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { DocumentSecretariatEvents, INSTRUCTION_SOURCE_KIND_LABELS, LeaderInstructionRecorded } from '@gov/contracts-document-secretariat';
import { DutyAndMeetingsEvents, DutyInstructionRecorded, MEETING_KIND_LABELS, MeetingDecisionPublished, OFFICE_MEETING_KIND_LABELS, OfficeAffairsEvents, OfficeMeetingDecisionPublished } from '@gov/contracts-duty-and-meetings';
import { LEADING_GROUP_MEETING_KIND_LABELS, LeadingGroupMeetingDecisionPublished, LeadingGroupMeetingEvents } from '@gov/contracts-personnel-finance';
import { COMMITTEE_MEETING_KIND_LABELS, CommitteeMeetingDecisionPublished, CommitteeMeetingEvents } from '@gov/contracts-foreign-affairs';
import { ApplicationEvents, ApplicationSupervisionRequested } from '@gov/contracts-disclosure';
import { BusEventPattern, EventTx, type Tx } from '@gov/platform';
import type { EventSourceKind } from '@gov/contracts-supervision';
import { ItemsService } from '../items/items.service.js';

const DUTY_SOURCE_LABELS = { duty_log: '值班信息', urgent_matter: '紧急事项', public_opinion: '政务舆情' } as const;

/**
 * Turns the records other services publish into 督办事项: a leader's 批示 on a document (document-secretariat), a
 * decided item of a meeting and a 值班批示 (duty-and-meetings), a decided item of a 党组会 or 主任办公会 (personnel-finance), a
 * decided item of a 外事委会议 (foreign-affairs). Idempotent twice over: the platform inbox drops a
 * redelivered event, and the item is keyed on (source kind, source id) with a unique index.
 */
@Controller()
export class SourcesEventsController {
  constructor(private readonly items: ItemsService) {}

  @BusEventPattern('document-secretariat', DocumentSecretariatEvents.instructionRecorded, LeaderInstructionRecorded.Event)
  async registerWhenInstructionRecorded(@Payload() event: LeaderInstructionRecorded.Event, @EventTx() tx: Tx): Promise<void> {
    const leader = `${event.leaderTitle ?? ''}${event.leaderName}`;
    await this.items.registerFromSource(
      {
        kind: 'leader_instruction',
        sourceKind: 'leader_instruction',
        sourceId: event.instructionId,
        parentKind: event.sourceKind,
        parentId: event.sourceId,
        sourceTitle: event.sourceTitle,
        reference: event.sourceDocNumber ?? null,
        title: `${leader}批示：${event.sourceTitle}`.slice(0, 300),
        content: event.text,
        leaderName: event.leaderName,
        leaderTitle: event.leaderTitle ?? null,
        leaderUserId: event.leaderUserId,
        leadUnitId: event.leadUnitId ?? null,
        coUnitIds: event.coUnitIds,
        dueDate: event.dueDate ?? null,
        decidedAt: event.instructedAt,
        secrecyLevel: event.secrecyLevel,
        recordedBy: `${event.recordedBy}（${INSTRUCTION_SOURCE_KIND_LABELS[event.sourceKind]}批示）`,
      },
      tx,
    );
  }

  @BusEventPattern('duty-and-meetings', DutyAndMeetingsEvents.meetingDecisionPublished, MeetingDecisionPublished.Event)
  async registerWhenMeetingDecisionPublished(@Payload() event: MeetingDecisionPublished.Event, @EventTx() tx: Tx): Promise<void> {
    await this.registerDecision(event, 'meeting_decision', 'meeting', MEETING_KIND_LABELS[event.meetingKind], tx);
  }

  /**
   * A decided item of a 党组会 or 主任办公会 (personnel-finance) becomes a 会议议定事项 keyed on its decision id. Its source
   * kind (`leading_group_decision`, labelled in EVENT_SOURCE_KIND_LABELS) differs from the 常务会议 decisions of
   * duty-and-meetings, so the two never share a key and duty-and-meetings' `item.changed` consumer leaves these alone;
   * the kind stays `meeting_decision`, as a new kind value would break the released `item.*` events.
   */
  @BusEventPattern('personnel-finance', LeadingGroupMeetingEvents.decisionPublished, LeadingGroupMeetingDecisionPublished.Event)
  async registerWhenLeadingGroupDecisionPublished(@Payload() event: LeadingGroupMeetingDecisionPublished.Event, @EventTx() tx: Tx): Promise<void> {
    await this.registerDecision(event, 'leading_group_decision', 'leading_group_meeting', LEADING_GROUP_MEETING_KIND_LABELS[event.meetingKind], tx);
  }

  /**
   * A decided item of a 外事委全体会议/主任会议/办公室会议 (foreign-affairs, the 外事委办公室) becomes a 会议议定事项 keyed on its
   * decision id, with its own source kind `foreign_affairs_committee_decision`; the kind stays `meeting_decision`.
   */
  @BusEventPattern('foreign-affairs', CommitteeMeetingEvents.decisionPublished, CommitteeMeetingDecisionPublished.Event)
  async registerWhenCommitteeDecisionPublished(@Payload() event: CommitteeMeetingDecisionPublished.Event, @EventTx() tx: Tx): Promise<void> {
    await this.registerDecision(event, 'foreign_affairs_committee_decision', 'foreign_affairs_committee_meeting', COMMITTEE_MEETING_KIND_LABELS[event.meetingKind], tx);
  }

  /**
   * A decided item of the 区政府办公室's own 室务会 (duty-and-meetings, kept by 综合科) becomes a 会议议定事项 keyed on its
   * decision id, with its own source kind `office_meeting_decision`; the kind stays `meeting_decision`.
   */
  @BusEventPattern('duty-and-meetings', OfficeAffairsEvents.decisionPublished, OfficeMeetingDecisionPublished.Event)
  async registerWhenOfficeMeetingDecisionPublished(@Payload() event: OfficeMeetingDecisionPublished.Event, @EventTx() tx: Tx): Promise<void> {
    await this.registerDecision(event, 'office_meeting_decision', 'office_meeting', OFFICE_MEETING_KIND_LABELS[event.meetingKind], tx);
  }

  /** One 督办 item per decided item of a meeting, whichever service held the meeting (the four events share these fields). */
  private async registerDecision(
    event: MeetingDecisionPublished.Event | LeadingGroupMeetingDecisionPublished.Event | CommitteeMeetingDecisionPublished.Event | OfficeMeetingDecisionPublished.Event,
    sourceKind: EventSourceKind,
    parentKind: string,
    meetingKindLabel: string,
    tx: Tx,
  ): Promise<void> {
    await this.items.registerFromSource(
      {
        kind: 'meeting_decision',
        sourceKind,
        sourceId: event.decisionId,
        parentKind,
        parentId: event.meetingId,
        sourceTitle: event.meetingTitle,
        reference: event.minutesNumber ?? null,
        title: `${event.meetingTitle}议定事项（${event.sequence}）`.slice(0, 300),
        content: event.content,
        leaderName: event.chairName ?? null,
        leaderTitle: event.chairName ? `${meetingKindLabel}主持人` : null,
        leaderUserId: null,
        leadUnitId: event.leadUnitId,
        coUnitIds: event.coUnitIds,
        dueDate: event.dueDate ?? null,
        decidedAt: event.publishedAt,
        secrecyLevel: event.secrecyLevel,
        recordedBy: 'system',
      },
      tx,
    );
  }

  /**
   * A red (overdue) 依申请公开申请 the office sent to supervision (disclosure's 转督办): a 专项督查 item keyed on the
   * application, source kind `disclosure_application`, with the unit the office named and the 督办期限 it gave (or the
   * default period from the day it was sent). No personal data of the applicant travels.
   */
  @BusEventPattern('disclosure', ApplicationEvents.supervisionRequested, ApplicationSupervisionRequested.Event)
  async registerWhenApplicationSupervisionRequested(@Payload() event: ApplicationSupervisionRequested.Event, @EventTx() tx: Tx): Promise<void> {
    const overdue = event.overdueWorkingDays > 0 ? `，已逾期 ${event.overdueWorkingDays} 个工作日` : '，已逾期';
    await this.items.registerFromSource(
      {
        kind: 'special_inspection',
        sourceKind: 'disclosure_application',
        sourceId: event.applicationId,
        parentKind: null,
        parentId: null,
        sourceTitle: event.title,
        reference: null,
        title: `依申请公开逾期案件：${event.title}`.slice(0, 300),
        content: `该政府信息公开申请于 ${event.receivedOn} 收到，法定答复期限 ${event.answerDueDate}${overdue}（《政府信息公开条例》第三十三条）。转督办要求：${event.note}`,
        leaderName: null,
        leaderTitle: null,
        leaderUserId: null,
        leadUnitId: event.leadUnitId,
        coUnitIds: event.coUnitIds,
        dueDate: event.dueDate ?? null,
        decidedAt: event.requestedAt,
        secrecyLevel: 0,
        recordedBy: `${event.requestedBy}（依申请公开转督办）`,
      },
      tx,
    );
  }

  @BusEventPattern('duty-and-meetings', DutyAndMeetingsEvents.dutyInstructionRecorded, DutyInstructionRecorded.Event)
  async registerWhenDutyInstructionRecorded(@Payload() event: DutyInstructionRecorded.Event, @EventTx() tx: Tx): Promise<void> {
    const leader = `${event.leaderTitle ?? ''}${event.leaderName}`;
    await this.items.registerFromSource(
      {
        kind: 'duty_instruction',
        sourceKind: 'duty_instruction',
        sourceId: event.instructionId,
        parentKind: event.sourceKind,
        parentId: event.sourceId,
        sourceTitle: event.sourceTitle,
        reference: null,
        title: `${leader}对${DUTY_SOURCE_LABELS[event.sourceKind]}的批示：${event.sourceTitle}`.slice(0, 300),
        content: event.text,
        leaderName: event.leaderName,
        leaderTitle: event.leaderTitle ?? null,
        leaderUserId: null,
        leadUnitId: event.leadUnitId ?? null,
        coUnitIds: event.coUnitIds,
        dueDate: event.dueDate ?? null,
        decidedAt: event.instructedAt,
        secrecyLevel: 0,
        recordedBy: event.recordedBy,
      },
      tx,
    );
  }
}
