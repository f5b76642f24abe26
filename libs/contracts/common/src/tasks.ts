import { ApiProperty, ApiPropertyOptional } from './openapi.js';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { eventSubject, SERVICE_NAMES, type AppName } from './services.js';
import { IsCalendarDate, IsInt32, IsOffsetDateTime } from './validators.js';

/**
 * 待办 (tasks): every step of a service that waits on a person, a role or a unit publishes `task.opened` when it starts
 * waiting and `task.closed` when it stops, through its outbox in the transaction of the step. The gateway keeps the
 * per-person 待办 list and the notifications from them. A task is one step of one record for one assignee: its `taskId`
 * is stable (`<app>:<record type>:<record id>:<step>:<assignee>`), and a newer `version` replaces an older one.
 */

/** The kinds of 待办, with the labels users see. */
export const TASK_KIND_LABELS = {
  incoming_proposal: '收文拟办',
  incoming_instruction: '收文批办',
  incoming_handling: '收文承办',
  circulation: '传阅',
  request_decision: '请示',
  outgoing_review: '核稿',
  outgoing_countersign: '会签',
  outgoing_signing: '签发',
  seal_use: '用印',
  supervision_acknowledge: '督办签收',
  supervision_report: '督办报告',
  supervision_verify: '督办核实',
  meeting_approval: '会议报批',
  duty_instruction_receipt: '值班批示签收',
  opinion_response: '舆情回应',
  suggestion_reply: '建议提案答复',
  leave_approval: '请假审批',
  trip_review: '出访审核',
  trip_approval: '出访审批',
  trip_publicity: '出访公示',
  trip_briefing: '行前教育',
  trip_passport_return: '护照交回',
  trip_report: '出访报告',
  reception_summary: '外宾接待总结',
  foreign_incident: '涉外案事件处置',
  invitation_review: '来华邀请审批',
  invitation_letter: '来华邀请函发出',
  disclosure_answer: '依申请公开答复',
  disclosure_correction: '依申请公开补正',
  disclosure_consultation: '依申请公开征求意见',
  disclosure_extension_approval: '依申请公开延期审批',
  disclosure_delivery: '依申请公开答复送达',
  disclosure_publication_review: '主动公开保密审查',
  disclosure_publishing: '主动公开发布',
  vehicle_purchase_approval: '公车购置审批',
  car_booking_approval: '用车审批',
  car_dispatch: '派车',
  car_return: '还车登记',
  logistics_assign: '后勤派单',
  logistics_complete: '后勤完工',
  logistics_confirm: '后勤验收确认',
  information_screening: '政务信息筛选',
  information_revision: '政务信息修改重报',
  information_solicitation: '约稿报送',
  information_solicitation_reply: '约稿汇总上报',
  information_bulletin_review: '政务信息期刊审核',
  information_bulletin_sign: '政务信息期刊签发',
  information_monthly_notice_review: '政务信息月度通报审核',
  information_monthly_notice_sign: '政务信息月度通报签发',
  party_development: '发展党员',
  party_meeting_due: '组织生活到期',
  cadre_selection_step: '干部选拔任用',
  cadre_selection_objection: '任前公示反映问题核查',
  group_session_rectification: '民主生活会整改',
  claim_approval: '报销审批',
  claim_payment: '报销支付',
  asset_approval: '国有资产审批',
  asset_purchase_step: '资产采购办理',
  internal_audit_rectification: '内部审计整改',
  reform_approval_implementation: '审批改革事项落实',
  disclosure_inspection_rectification: '公开巡查整改',
  supply_request_approval: '办公用品申领审批',
  disclosure_project_review: '信息化项目审核',
  disclosure_project_revision: '信息化项目退回修改',
  disclosure_data_resource_review: '数据资源审核发布',
  disclosure_data_resource_revision: '数据资源退回修改',
  disclosure_evaluation_submission: '政务公开考评材料报送',
  disclosure_assistance_reply: '协助调查件答复',
  disclosure_department_report_submission: '部门政府信息公开年度报告报送',
  disclosure_department_report_review: '部门年度报告审核',
  disclosure_department_report_collection: '部门年度报告收集和统一发布',
  disclosure_annual_report_publication: '政府信息公开工作年度报告公布',
  disclosure_manuscript_submission: '政务公开稿件报送',
  disclosure_manuscript_adoption: '政务公开稿件采用登记',
  disclosure_work_item_report: '领导小组工作事项进展报送',
  disclosure_work_item_supplement: '领导小组工作事项退回补充',
  disclosure_work_item_confirmation: '领导小组工作事项完成确认',
  vehicle_insurance_expiry: '公车保险到期',
  vehicle_inspection_expiry: '公车年检到期',
  vehicle_maintenance_due: '公车按里程保养',
  supply_low_stock: '办公用品库存不足',
  housing_tenancy_ending: '周转住房租期届满',
  building_property_contract_ending: '楼宇物业服务合同到期',
  town_space_report_review: '镇街办公用房报送审核',
  town_space_report_revise: '镇街办公用房报送退回修改',
  guidance_rectification: '指导检查整改',
  guidance_closure: '指导检查整改销号',
} as const;
export type TaskKind = keyof typeof TASK_KIND_LABELS;
export const TASK_KINDS = Object.keys(TASK_KIND_LABELS) as TaskKind[];

export const TASK_ASSIGNEE_TYPES = ['person', 'role', 'unit'] as const;
export type TaskAssigneeType = (typeof TASK_ASSIGNEE_TYPES)[number];

/** How a task ended: done (办结), returned (退回), withdrawn (撤销: the record was withdrawn), or taken over by another. */
export const TASK_OUTCOMES = ['done', 'returned', 'withdrawn', 'reassigned'] as const;
export type TaskOutcome = (typeof TASK_OUTCOMES)[number];

export const TaskEvents = {
  opened: (app: AppName) => eventSubject(app, 'task.opened'),
  closed: (app: AppName) => eventSubject(app, 'task.closed'),
};

/** The apps that publish 待办 (their producers' consumers run in the gateway). */
export const TASK_PRODUCERS: readonly AppName[] = SERVICE_NAMES;

/** Whom the task waits on: a person (account id), a role (role code, within `section` if the task names one) or a unit (its liaisons). */
export class TaskAssignee {
  @ApiProperty({ description: '承办对象类型：person 个人，role 角色，unit 单位（其联络员）', enum: TASK_ASSIGNEE_TYPES })
  @IsIn(TASK_ASSIGNEE_TYPES, { message: '承办对象类型无效' })
  type: TaskAssigneeType;

  @ApiProperty({ description: '账号 ID、角色代码或单位 ID' })
  @IsString({ message: '承办对象必须是字符串' })
  @MinLength(1, { message: '承办对象不能为空' })
  @MaxLength(100, { message: '承办对象过长' })
  id: string;
}

/** The due date (or the due time, for matters counted in hours) with the deadline engine's explanation. */
export class TaskDeadline {
  @ApiPropertyOptional({ description: '办理期限（YYYY-MM-DD）' }) @IsOptional() @IsCalendarDate() date?: string;
  @ApiPropertyOptional({ description: '办理时限（带时区的时间，按小时计的事项）' }) @IsOptional() @IsOffsetDateTime() at?: string;
  @ApiPropertyOptional({ description: '期限的计算说明（期限引擎给出）' }) @IsOptional() @IsString() @MaxLength(2000) explanation?: string;
}

/** The record the task is about. */
export class TaskRecordRef {
  @ApiProperty({ description: '服务', enum: SERVICE_NAMES }) @IsIn(SERVICE_NAMES) app: AppName;
  @ApiProperty({ description: '记录类型，如 incoming、supervision-item' }) @IsString() @Matches(/^[a-z][a-z0-9-]{0,49}$/) type: string;
  @ApiProperty({ description: '记录 ID' }) @IsString() @MinLength(1) @MaxLength(100) id: string;
}

export namespace TaskOpened {
  export class Event {
    @ApiProperty({ description: '待办 ID（同一记录同一步骤同一承办对象不变）' }) @IsString() @MinLength(1) @MaxLength(300) taskId: string;
    @ApiProperty({ description: '待办类型', enum: TASK_KINDS }) @IsIn(TASK_KINDS, { message: '待办类型无效' }) kind: TaskKind;
    @ApiProperty({ description: '标题' }) @IsString() @MinLength(1) @MaxLength(500) title: string;
    @ApiProperty({ type: TaskAssignee }) @IsDefined() @ValidateNested() @Type(() => TaskAssignee) assignee: TaskAssignee;
    @ApiPropertyOptional({ description: '科室（角色待办限于该科室）', nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(50) section?: string | null;
    @ApiPropertyOptional({ type: TaskDeadline }) @IsOptional() @ValidateNested() @Type(() => TaskDeadline) deadline?: TaskDeadline;
    @ApiProperty({ description: '控制台地址，如 /supervision/items/<id>' }) @IsString() @Matches(/^\/[^\s]*$/) @MaxLength(500) link: string;
    @ApiProperty({ type: TaskRecordRef }) @IsDefined() @ValidateNested() @Type(() => TaskRecordRef) recordRef: TaskRecordRef;
    @ApiPropertyOptional({ description: '记录密级（0–3）；高于读者涉密等级的待办不显示' }) @IsOptional() @IsInt() @Min(0) @Max(3) clearance?: number;
    @ApiProperty({ description: '开始等待的时间' }) @IsOffsetDateTime() openedAt: string;
    @ApiProperty({ description: '版本（记录的版本；新版本覆盖旧版本）' }) @IsInt32() @Min(1) version: number;
  }
}

export namespace TaskClosed {
  export class Event {
    @ApiProperty() @IsString() @MinLength(1) @MaxLength(300) taskId: string;
    @ApiProperty({ enum: TASK_KINDS }) @IsIn(TASK_KINDS, { message: '待办类型无效' }) kind: TaskKind;
    @ApiProperty({ type: TaskRecordRef }) @IsDefined() @ValidateNested() @Type(() => TaskRecordRef) recordRef: TaskRecordRef;
    @ApiProperty({ description: '结果', enum: TASK_OUTCOMES }) @IsIn(TASK_OUTCOMES, { message: '结果无效' }) outcome: TaskOutcome;
    @ApiProperty({ description: '结束时间' }) @IsOffsetDateTime() closedAt: string;
    @ApiPropertyOptional({ description: '办理人（账号 ID）' }) @IsOptional() @IsString() @MaxLength(100) closedBy?: string;
    @ApiProperty() @IsInt32() @Min(1) version: number;
  }
}

/** The stable id of a task: one step of one record for one assignee. */
export function taskIdOf(recordRef: Pick<TaskRecordRef, 'app' | 'type' | 'id'>, step: string, assignee: TaskAssignee): string {
  return `${recordRef.app}:${recordRef.type}:${recordRef.id}:${step}:${assignee.type}-${assignee.id}`;
}
