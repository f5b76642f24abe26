import { IsIn, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/** open 办理中 → withdrawn 已撤回 (with a reason; nothing is deleted). */
export const STAFF_MEMBER_STATUSES = ['open', 'withdrawn'] as const;
export type StaffMemberStatus = (typeof STAFF_MEMBER_STATUSES)[number];
export const STAFF_MEMBER_STATUS_LABELS: Record<StaffMemberStatus, string> = { open: '办理中', withdrawn: '已撤回' };

/** The fields a caller gives of one 工作人员. */
export class StaffMemberFields {
  @ApiProperty({ description: '标题', example: '示例标题' })
  @IsString({ message: 'title：必须为文本' })
  @MinLength(2, { message: 'title：至少 2 个字' })
  @MaxLength(200, { message: 'title：不超过 200 个字' })
  title: string;

  @ApiProperty({ description: '内容' })
  @IsString({ message: 'content：必须为文本' })
  @MaxLength(20000, { message: 'content：不超过 20000 个字' })
  content: string;
}

export class StaffMemberView extends StaffMemberFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ description: '所属单位（联络员报送时为本单位；科室登记的为空）', nullable: true }) unitId: string | null;
  @ApiProperty({ enum: STAFF_MEMBER_STATUSES, description: 'open 办理中 / withdrawn 已撤回' }) status: StaffMemberStatus;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const StaffMemberErrors = {
  notFound: { kind: 'not_found', code: 'STAFF_MEMBER.NOT_FOUND', title: '工作人员不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'STAFF_MEMBER.VERSION_CONFLICT', title: '工作人员已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'STAFF_MEMBER.INVALID_STATE', title: '当前状态不能进行此操作' },
} as const;

/** RPC subjects, under `rpc.personnel-finance.`. */
export const StaffMemberSubjects = {
  create: 'staff-member.create',
  update: 'staff-member.update',
  withdraw: 'staff-member.withdraw',
  get: 'staff-member.get',
  list: 'staff-member.list',
} as const;

export namespace CreateStaffMember {
  export class Request extends StaffMemberFields {}
  export class Reply extends StaffMemberView {}
}

export namespace UpdateStaffMember {
  export class Body extends StaffMemberFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends StaffMemberView {}
}

export namespace WithdrawStaffMember {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends StaffMemberView {}
}

export namespace GetStaffMember {
  export class Request extends RecordRef {}
  export class Reply extends StaffMemberView {}
}

export namespace ListStaffMembers {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: STAFF_MEMBER_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(STAFF_MEMBER_STATUSES, { message: 'status：取值无效' })
    status?: StaffMemberStatus;

    @ApiPropertyOptional({ description: '标题模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [StaffMemberView] }) items: StaffMemberView[];
  }
}

/** What the events of one 工作人员 carry: its snapshot with its version (consumers apply only newer ones). */
export class StaffMemberSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(STAFF_MEMBER_STATUSES) status: StaffMemberStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const StaffMemberEvents = {
  created: eventSubject('personnel-finance', 'staff-member.created'),
  updated: eventSubject('personnel-finance', 'staff-member.updated'),
  withdrawn: eventSubject('personnel-finance', 'staff-member.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const StaffMemberEventDescriptions = {
  'staff-member.created': { zh: '工作人员登记', en: 'A staff-member was created.' },
  'staff-member.updated': { zh: '工作人员被修改', en: 'A staff-member was changed.' },
  'staff-member.withdrawn': { zh: '工作人员被撤回（注明理由，不删除）', en: 'A staff-member was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by personnel-finance when a 工作人员 is created, changed or withdrawn; carries its snapshot. */
export namespace StaffMemberChanged {
  export class Event extends StaffMemberSnapshot {}
}
