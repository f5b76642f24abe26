import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';
import { DATE_MESSAGE, DeadlineView, RecordRef, Versioned, VersionedRef } from './common.js';
import { HIGHER_LEVELS, TRAFFIC_LIGHTS, type HigherLevel, type TrafficLight } from './items.js';

/**
 * 督查 (《政府督查工作条例》, 国务院令第733号; RULES.md 2.6): 督查室 draws up a 督查方案, forms a 督查组, conducts the
 * inspection and feeds its 督查结论 back to each inspected unit. draft 方案拟定 → approved 方案已批准 → conducted 已实施 →
 * concluded 已反馈结论; draft/approved/conducted → withdrawn 已撤回 (with a reason, never deleted).
 */
export const INSPECTION_STATUSES = ['draft', 'approved', 'conducted', 'concluded', 'withdrawn'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];
export const INSPECTION_STATUS_LABELS: Record<InspectionStatus, string> = { draft: '方案拟定', approved: '方案已批准', conducted: '已实施', concluded: '已反馈结论', withdrawn: '已撤回' };

/** Who may sit on a 督查组 (条例: 可以邀请人大代表、政协委员、参事和专家参加). */
export const INSPECTION_MEMBER_IDENTITIES = ['staff', 'npc_deputy', 'cppcc_member', 'counsellor', 'expert'] as const;
export type InspectionMemberIdentity = (typeof INSPECTION_MEMBER_IDENTITIES)[number];
export const INSPECTION_MEMBER_IDENTITY_LABELS: Record<InspectionMemberIdentity, string> = { staff: '工作人员', npc_deputy: '人大代表', cppcc_member: '政协委员', counsellor: '参事', expert: '专家' };

export class InspectionTeamMember {
  @ApiProperty({ description: '姓名', example: '张三' }) @IsString({ message: 'team.name：必须为文本' }) @MinLength(2, { message: 'team.name：至少 2 个字' }) @MaxLength(40, { message: 'team.name：不超过 40 个字' }) name: string;
  @ApiProperty({ enum: INSPECTION_MEMBER_IDENTITIES, description: '身份：工作人员、人大代表、政协委员、参事、专家' })
  @IsIn(INSPECTION_MEMBER_IDENTITIES, { message: 'team.identity：只能是工作人员、人大代表、政协委员、参事或专家' })
  identity: InspectionMemberIdentity;
  @ApiPropertyOptional({ description: '工作单位' }) @IsOptional() @IsString({ message: 'team.organisation：必须为文本' }) @MaxLength(100, { message: 'team.organisation：不超过 100 个字' }) organisation?: string;
}

/** 督查方案 and 督查组: what is inspected, where, when, on what basis, by whom. */
export class InspectionFields {
  @ApiProperty({ description: '督查事项', example: '2026年冬季安全生产专项督查' }) @IsString({ message: 'subject：必须为文本' }) @MinLength(2, { message: 'subject：至少 2 个字' }) @MaxLength(200, { message: 'subject：不超过 200 个字' }) subject: string;
  @ApiProperty({ description: '督查范围与内容' }) @IsString({ message: 'scope：必须为文本' }) @MinLength(2, { message: 'scope：至少 2 个字' }) @MaxLength(5000, { message: 'scope：不超过 5000 个字' }) scope: string;
  @ApiProperty({ description: '开始日期' }) @IsCalendarDate(DATE_MESSAGE) periodStart: string;
  @ApiProperty({ description: '结束日期' }) @IsCalendarDate(DATE_MESSAGE) periodEnd: string;
  @ApiProperty({ description: '督查依据（文件、会议决定、领导批示）' }) @IsString({ message: 'basis：必须为文本' }) @MinLength(2, { message: 'basis：须写明督查依据' }) @MaxLength(1000, { message: 'basis：不超过 1000 个字' }) basis: string;
  @ApiProperty({ type: [String], description: '被督查单位' })
  @IsArray({ message: 'unitIds：须为列表' })
  @ArrayMinSize(1, { message: 'unitIds：至少一个被督查单位' })
  @ArrayMaxSize(100, { message: 'unitIds：不超过 100 个单位' })
  @IsUUID('all', { each: true, message: 'unitIds：须为单位 id' })
  unitIds: string[];
  @ApiProperty({ description: '督查组组长' }) @IsString({ message: 'leaderName：必须为文本' }) @MinLength(2, { message: 'leaderName：须填写督查组组长' }) @MaxLength(40, { message: 'leaderName：不超过 40 个字' }) leaderName: string;
  @ApiProperty({ type: [InspectionTeamMember], description: '督查组成员' })
  @IsArray({ message: 'members：须为列表' })
  @ArrayMinSize(1, { message: 'members：督查组至少一名成员' })
  @ArrayMaxSize(50, { message: 'members：不超过 50 人' })
  @ValidateNested({ each: true })
  @Type(() => InspectionTeamMember)
  members: InspectionTeamMember[];
}

/** The 督查结论 about one inspected unit's work: the facts it rests on and what the unit is to do. */
export class UnitConclusion {
  @ApiProperty({ description: '被督查单位' }) @IsUUID('all', { message: 'conclusions.unitId：须为单位 id' }) unitId: string;
  @ApiProperty({ description: '查明的事实' }) @IsString({ message: 'conclusions.facts：必须为文本' }) @MinLength(2, { message: 'conclusions.facts：督查结论须以事实为依据，请写明查明的事实' }) @MaxLength(10000) facts: string;
  @ApiProperty({ description: '督查结论' }) @IsString({ message: 'conclusions.conclusion：必须为文本' }) @MinLength(2, { message: 'conclusions.conclusion：须填写督查结论' }) @MaxLength(10000) conclusion: string;
  @ApiPropertyOptional({ description: '整改要求' }) @IsOptional() @IsString({ message: 'conclusions.requirements：必须为文本' }) @MaxLength(10000) requirements?: string;
}

export class UnitConclusionView extends UnitConclusion {
  @ApiPropertyOptional({ type: String, nullable: true }) unitName: string | null;
  @ApiProperty({ description: '反馈时间' }) fedBackAt: string;
  @ApiProperty({ description: '反馈人' }) fedBackBy: string;
}

export class InspectionTimelineEntry {
  @ApiProperty() action: string;
  @ApiProperty() note: string;
  @ApiProperty() at: string;
  @ApiProperty() by: string;
}

export class InspectionView {
  @ApiProperty() id: string;
  @ApiProperty() subject: string;
  @ApiProperty() scope: string;
  @ApiProperty() periodStart: string;
  @ApiProperty() periodEnd: string;
  @ApiProperty() basis: string;
  @ApiProperty({ type: [String] }) unitIds: string[];
  @ApiProperty() leaderName: string;
  @ApiProperty({ type: [InspectionTeamMember] }) members: InspectionTeamMember[];
  @ApiProperty({ enum: INSPECTION_STATUSES }) status: InspectionStatus;
  @ApiPropertyOptional({ type: String, nullable: true, description: '方案批准人' }) approvedBy: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) approvedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: '实施完成日期' }) conductedOn: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) withdrawalReason: string | null;
  @ApiProperty({ type: [UnitConclusionView], description: '督查结论（单位联络员只看到本单位的）' }) conclusions: UnitConclusionView[];
  @ApiProperty({ type: [InspectionTimelineEntry] }) timeline: InspectionTimelineEntry[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

/**
 * 上级督查事项的答复: a 国务院/省/市 督查事项 received by the district, its reply deadline from the deadline engine,
 * and the reply drafted → approved → sent upward with its date. received 已接收 → drafted 答复已拟 → approved 答复已审定 →
 * sent 已上报; received/drafted/approved → withdrawn 已撤回 (with a reason).
 */
export const HIGHER_INSPECTION_STATUSES = ['received', 'drafted', 'approved', 'sent', 'withdrawn'] as const;
export type HigherInspectionStatus = (typeof HIGHER_INSPECTION_STATUSES)[number];
export const HIGHER_INSPECTION_STATUS_LABELS: Record<HigherInspectionStatus, string> = { received: '已接收', drafted: '答复已拟', approved: '答复已审定', sent: '已上报', withdrawn: '已撤回' };

export class HigherInspectionView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: HIGHER_LEVELS, description: '来自哪一级：国务院、省、市' }) level: HigherLevel;
  @ApiProperty() title: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: '来文文号' }) reference: string | null;
  @ApiProperty() requirement: string;
  @ApiProperty({ description: '接收日期' }) receivedOn: string;
  @ApiProperty({ description: '答复时限（工作日）' }) replyWorkingDays: number;
  @ApiProperty({ type: DeadlineView, description: '答复期限（期限引擎计算，含计算过程）' }) due: DeadlineView;
  @ApiProperty({ enum: TRAFFIC_LIGHTS, description: '红黄绿灯（与督办事项同一规则：逾期红灯，临近期限黄灯；已上报的逾期上报为红灯）' }) light: TrafficLight;
  @ApiProperty({ description: '灯色说明' }) lightReason: string;
  @ApiProperty({ enum: HIGHER_INSPECTION_STATUSES }) status: HigherInspectionStatus;
  @ApiPropertyOptional({ type: String, nullable: true, description: '答复内容' }) replyContent: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) draftedBy: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: '审定人' }) approvedBy: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) approvedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: '上报日期' }) sentOn: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) sentBy: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) withdrawalReason: string | null;
  @ApiProperty({ type: [InspectionTimelineEntry] }) timeline: InspectionTimelineEntry[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const InspectionErrors = {
  notFound: { kind: 'not_found', code: 'INSPECTION.NOT_FOUND', title: '督查不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'INSPECTION.VERSION_CONFLICT', title: '督查已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'INSPECTION.INVALID_STATE', title: '当前状态不能进行此操作' },
  invalidPeriod: { kind: 'validation', code: 'INSPECTION.INVALID_PERIOD', title: '起止日期有误' },
  unknownUnit: { kind: 'validation', code: 'INSPECTION.UNKNOWN_UNIT', title: '被督查单位不存在或已停用' },
  incompleteConclusions: { kind: 'rule_violation', code: 'INSPECTION.INCOMPLETE_CONCLUSIONS', title: '督查结论须逐一反馈每个被督查单位' },
  futureDate: { kind: 'validation', code: 'INSPECTION.FUTURE_DATE', title: '日期不能晚于今天' },
} as const;

export const HigherInspectionErrors = {
  notFound: { kind: 'not_found', code: 'HIGHER_INSPECTION.NOT_FOUND', title: '上级督查事项不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'HIGHER_INSPECTION.VERSION_CONFLICT', title: '上级督查事项已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'HIGHER_INSPECTION.INVALID_STATE', title: '当前状态不能进行此操作' },
  futureDate: { kind: 'validation', code: 'HIGHER_INSPECTION.FUTURE_DATE', title: '日期不能晚于今天' },
  sameApprover: { kind: 'rule_violation', code: 'HIGHER_INSPECTION.SAME_APPROVER', title: '答复须由拟稿人以外的人员审定' },
} as const;

/** RPC subjects, under `rpc.supervision.`. */
export const InspectionSubjects = {
  create: 'inspection.create',
  update: 'inspection.update',
  approve: 'inspection.approve',
  conduct: 'inspection.conduct',
  conclude: 'inspection.conclude',
  withdraw: 'inspection.withdraw',
  get: 'inspection.get',
  list: 'inspection.list',
  receiveHigher: 'higher-inspection.receive',
  draftReply: 'higher-inspection.draft-reply',
  approveReply: 'higher-inspection.approve-reply',
  sendReply: 'higher-inspection.send-reply',
  withdrawHigher: 'higher-inspection.withdraw',
  getHigher: 'higher-inspection.get',
  listHigher: 'higher-inspection.list',
} as const;

export class WithdrawalBody {
  @ApiProperty({ description: '撤回理由' }) @IsString({ message: 'reason：必须为文本' }) @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' }) @MaxLength(1000, { message: 'reason：不超过 1000 个字' }) reason: string;
}

export namespace CreateInspection {
  export class Request extends InspectionFields {}
  export class Reply extends InspectionView {}
}
export namespace UpdateInspection {
  export class Body extends InspectionFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends InspectionView {}
}
export namespace ApproveInspection {
  export class Request extends VersionedRef {}
  export class Reply extends InspectionView {}
}
export namespace ConductInspection {
  export class Body {
    @ApiProperty({ description: '实施完成日期' }) @IsCalendarDate(DATE_MESSAGE) conductedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends InspectionView {}
}
export namespace ConcludeInspection {
  export class Body {
    @ApiProperty({ type: [UnitConclusion], description: '对每个被督查单位的督查结论' })
    @IsArray({ message: 'conclusions：须为列表' })
    @ArrayMinSize(1, { message: 'conclusions：至少一条督查结论' })
    @ArrayMaxSize(100)
    @ValidateNested({ each: true })
    @Type(() => UnitConclusion)
    conclusions: UnitConclusion[];
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends InspectionView {}
}
export namespace WithdrawInspection {
  export class Body extends WithdrawalBody {}
  export class Request extends Versioned(Body) {}
  export class Reply extends InspectionView {}
}
export namespace GetInspection {
  export class Request extends RecordRef {}
  export class Reply extends InspectionView {}
}
export namespace ListInspections {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: INSPECTION_STATUSES }) @IsOptional() @IsIn(INSPECTION_STATUSES, { message: 'status：取值无效' }) status?: InspectionStatus;
    @ApiPropertyOptional({ description: '被督查单位' }) @IsOptional() @IsUUID('all', { message: 'unitId：须为单位 id' }) unitId?: string;
    @ApiPropertyOptional({ description: '督查事项模糊搜索' }) @IsOptional() @IsString({ message: 'q：必须为文本' }) @MaxLength(40, { message: 'q：不超过 40 个字' }) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [InspectionView] }) items: InspectionView[];
  }
}

export namespace ReceiveHigherInspection {
  export class Request {
    @ApiProperty({ enum: HIGHER_LEVELS, description: 'state_council 国务院 / province 省 / city 市' }) @IsIn(HIGHER_LEVELS, { message: 'level：只能是国务院、省或市' }) level: HigherLevel;
    @ApiProperty({ description: '督查事项' }) @IsString({ message: 'title：必须为文本' }) @MinLength(2, { message: 'title：至少 2 个字' }) @MaxLength(200, { message: 'title：不超过 200 个字' }) title: string;
    @ApiPropertyOptional({ description: '来文文号' }) @IsOptional() @IsString({ message: 'reference：必须为文本' }) @MaxLength(60, { message: 'reference：不超过 60 个字' }) reference?: string;
    @ApiProperty({ description: '督查要求' }) @IsString({ message: 'requirement：必须为文本' }) @MinLength(2, { message: 'requirement：至少 2 个字' }) @MaxLength(10000) requirement: string;
    @ApiProperty({ description: '接收日期' }) @IsCalendarDate(DATE_MESSAGE) receivedOn: string;
    @ApiProperty({ description: '答复时限（工作日，自接收次日起算）' }) @IsInt32({ message: 'replyWorkingDays：须为整数' }) @Min(1, { message: 'replyWorkingDays：至少 1 个工作日' }) @Max(250, { message: 'replyWorkingDays：不超过 250 个工作日' }) replyWorkingDays: number;
  }
  export class Reply extends HigherInspectionView {}
}
export namespace DraftHigherInspectionReply {
  export class Body {
    @ApiProperty({ description: '答复内容' }) @IsString({ message: 'content：必须为文本' }) @MinLength(2, { message: 'content：须填写答复内容' }) @MaxLength(20000) content: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends HigherInspectionView {}
}
export namespace ApproveHigherInspectionReply {
  export class Request extends VersionedRef {}
  export class Reply extends HigherInspectionView {}
}
export namespace SendHigherInspectionReply {
  export class Body {
    @ApiProperty({ description: '上报日期' }) @IsCalendarDate(DATE_MESSAGE) sentOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends HigherInspectionView {}
}
export namespace WithdrawHigherInspection {
  export class Body extends WithdrawalBody {}
  export class Request extends Versioned(Body) {}
  export class Reply extends HigherInspectionView {}
}
export namespace GetHigherInspection {
  export class Request extends RecordRef {}
  export class Reply extends HigherInspectionView {}
}
export namespace ListHigherInspections {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: HIGHER_INSPECTION_STATUSES }) @IsOptional() @IsIn(HIGHER_INSPECTION_STATUSES, { message: 'status：取值无效' }) status?: HigherInspectionStatus;
    @ApiPropertyOptional({ enum: HIGHER_LEVELS }) @IsOptional() @IsIn(HIGHER_LEVELS, { message: 'level：取值无效' }) level?: HigherLevel;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [HigherInspectionView] }) items: HigherInspectionView[];
  }
}

/** What the events of a 督查 or 上级督查事项 carry: its state after the step, with its version. */
export class InspectionSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsString() status: string;
  @ApiProperty({ type: [String], description: '被督查单位（上级督查事项为空）' }) @IsArray() @IsUUID('all', { each: true }) unitIds: string[];
  @ApiProperty() @IsString() action: string;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

/**
 * Published by supervision at each step of a 督查 (`inspection.changed`) and of a 上级督查事项 (`higher-inspection.changed`),
 * with the snapshot after the step. No consumer yet (the 待办 list and the units' dashboards may follow it); a consumer
 * stays idempotent through the inbox and applies only a version newer than the one it holds.
 */
export namespace InspectionChanged {
  export class Event extends InspectionSnapshot {}
}

/** The same snapshot for each step of the reply to a 上级督查事项 (`higher-inspection.changed`; `unitIds` is empty). */
export namespace HigherInspectionChanged {
  export class Event extends InspectionSnapshot {}
}

export const InspectionEvents = {
  changed: eventSubject('supervision', 'inspection.changed'),
  higherChanged: eventSubject('supervision', 'higher-inspection.changed'),
} as const;

export const InspectionEventDescriptions = {
  'inspection.changed': { zh: '督查的一个环节（方案拟定、批准、实施、反馈结论、撤回）', en: 'A step of an inspection (plan drafted, approved, conducted, conclusions fed back, withdrawn).' },
  'higher-inspection.changed': { zh: '上级督查事项答复的一个环节（接收、拟稿、审定、上报、撤回）', en: 'A step of the reply to a higher-level inspection matter (received, drafted, approved, sent, withdrawn).' },
} as const;
