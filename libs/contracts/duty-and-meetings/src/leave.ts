import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { eventSubject, IsCalendarDate, PageMeta, PageQuery, RecordRef, Versioned, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';


/** 请销假: leave of the principal leaders (主要负责人) of government-system units. */
export const LEAVE_STATUSES = ['pending', 'approved', 'rejected', 'returned', 'withdrawn'] as const;
export type LeaveStatus = (typeof LEAVE_STATUSES)[number];
export const LEAVE_STATUS_LABELS: Record<LeaveStatus, string> = {
  pending: '待审批',
  approved: '已批准',
  rejected: '未批准',
  returned: '已销假',
  withdrawn: '已撤回',
};

export class LeaveFields {
  @ApiProperty({ format: 'uuid', description: '单位（单位名录中的单位）' }) @IsUUID('all', { message: '单位 ID 必须是有效的 UUID' }) unitId: string;
  @ApiProperty({ description: '请假人（单位主要负责人）姓名' }) @IsString() @MinLength(1) @MaxLength(40) personName: string;
  @ApiPropertyOptional({ description: '职务', example: '局长' }) @IsOptional() @IsString() @MaxLength(40) personTitle?: string;
  @ApiProperty({ description: '离岗日期 YYYY-MM-DD' }) @IsCalendarDate({ message: '离岗日期应为 YYYY-MM-DD' }) startsOn: string;
  @ApiProperty({ description: '预计返岗前最后一天 YYYY-MM-DD' }) @IsCalendarDate({ message: '结束日期应为 YYYY-MM-DD' }) endsOn: string;
  @ApiProperty({ description: '去向', example: '济南' }) @IsString() @MinLength(1) @MaxLength(120) destination: string;
  @ApiProperty({ description: '事由' }) @IsString() @MinLength(2) @MaxLength(500) reason: string;
  @ApiProperty({ description: '主持工作的同志（代理人）', example: '李副局长' }) @IsString() @MinLength(1) @MaxLength(40) actingPersonName: string;
}

export class LeaveView extends LeaveFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '单位名称' }) unitName: string;
  @ApiProperty({ enum: LEAVE_STATUSES }) status: LeaveStatus;
  @ApiProperty({ type: [String], description: '与同一人其他请假时间重叠的请假 ID（提示，不阻止）' }) overlapsWith: string[];
  @ApiPropertyOptional({ type: String, nullable: true }) decidedBy: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) decidedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) decisionComment: string | null;
  @ApiPropertyOptional({ description: '实际返岗日期（销假）', type: String, nullable: true }) returnedOn: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) returnRecordedBy: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) withdrawReason: string | null;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const LeaveErrors = {
  notFound: { kind: 'not_found', code: 'LEAVE.NOT_FOUND', title: '请假记录不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'LEAVE.VERSION_CONFLICT', title: '请假记录已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'LEAVE.INVALID_STATE', title: '请假记录当前状态不允许此操作' },
  invalidDates: { kind: 'validation', code: 'LEAVE.INVALID_DATES', title: '请假日期无效' },
  unknownUnit: { kind: 'rule_violation', code: 'LEAVE.UNKNOWN_UNIT', title: '单位不在单位名录中或已停用' },
  forbidden: { kind: 'forbidden', code: 'LEAVE.FORBIDDEN', title: '无权办理该请假' },
} as const;

export const LeaveSubjects = {
  request: 'leave.request',
  get: 'leave.get',
  list: 'leave.list',
  decide: 'leave.decide',
  recordReturn: 'leave.return',
  withdraw: 'leave.withdraw',
  whoIsAway: 'leave.who-is-away',
} as const;

export const LeaveEvents = {
  requested: eventSubject('duty-and-meetings', 'leave.requested'),
  approved: eventSubject('duty-and-meetings', 'leave.approved'),
  rejected: eventSubject('duty-and-meetings', 'leave.rejected'),
  returned: eventSubject('duty-and-meetings', 'leave.returned'),
  withdrawn: eventSubject('duty-and-meetings', 'leave.withdrawn'),
} as const;

export namespace RequestLeave {
  export class Request extends LeaveFields {}
  export class Reply extends LeaveView {}
}

export namespace GetLeave {
  export class Request extends RecordRef {}
  export class Reply extends LeaveView {}
}

export namespace ListLeave {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: LEAVE_STATUSES }) @IsOptional() @IsIn(LEAVE_STATUSES) status?: LeaveStatus;
    @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() unitId?: string;
    @ApiPropertyOptional({ description: '按请假人姓名模糊搜索' }) @IsOptional() @IsString() @MaxLength(40) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [LeaveView] }) items: LeaveView[];
  }
}

export namespace DecideLeave {
  export class Body {
    @ApiProperty({ description: '是否批准' }) @IsBoolean() approved: boolean;
    @ApiPropertyOptional({ description: '审批意见' }) @IsOptional() @IsString() @MaxLength(500) comment?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends LeaveView {}
}

export namespace RecordLeaveReturn {
  export class Body {
    @ApiProperty({ description: '实际返岗日期 YYYY-MM-DD' }) @IsCalendarDate({ message: '返岗日期应为 YYYY-MM-DD' }) returnedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends LeaveView {}
}

export namespace WithdrawLeave {
  export class Body {
    @ApiProperty({ description: '撤回原因' }) @IsString() @MinLength(2) @MaxLength(300) reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends LeaveView {}
}

export namespace WhoIsAway {
  export class Request {
    @ApiProperty({ description: '日期 YYYY-MM-DD' }) @IsCalendarDate({ message: '日期应为 YYYY-MM-DD' }) date: string;
  }
  export class Reply {
    @ApiProperty() date: string;
    @ApiProperty({ type: [LeaveView], description: '当日不在岗的单位主要负责人（已批准且未提前销假）' }) items: LeaveView[];
  }
}

/** Published on every state change of a leave request; no consumer yet. */
export namespace LeaveChanged {
  export class Event extends LeaveView {}
}
