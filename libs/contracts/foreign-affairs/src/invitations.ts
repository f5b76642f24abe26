import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned, VersionedRef } from '@gov/contracts-common';

const DATE = { message: '日期格式应为 YYYY-MM-DD' };

/**
 * 外国人来华邀请: draft 草稿 → submitted 已报送 → approved 已批准 → issued 已发函 (the letter recorded); 外事科 may send a
 * submission back to draft with its opinion; withdrawn 已撤回 with a reason (never deleted).
 */
export const INVITATION_STATUSES = ['draft', 'submitted', 'approved', 'issued', 'withdrawn'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
export const INVITATION_STATUS_LABELS: Record<InvitationStatus, string> = { draft: '草稿', submitted: '已报送', approved: '已批准', issued: '已发函', withdrawn: '已撤回' };

/** One invited foreigner; the 护照号 is encrypted at rest and masked in lists. */
export class InvitedGuest {
  @ApiProperty({ description: '姓名' }) @IsString({ message: 'guests.name：必须为文本' }) @MinLength(1, { message: 'guests.name：不能为空' }) @MaxLength(60, { message: 'guests.name：不超过 60 个字' }) name: string;
  @ApiProperty({ description: '国籍' }) @IsString({ message: 'guests.nationality：必须为文本' }) @MinLength(1, { message: 'guests.nationality：不能为空' }) @MaxLength(40, { message: 'guests.nationality：不超过 40 个字' }) nationality: string;
  @ApiPropertyOptional({ description: '单位' }) @IsOptional() @IsString({ message: 'guests.organization：必须为文本' }) @MaxLength(80, { message: 'guests.organization：不超过 80 个字' }) organization?: string;
  @ApiPropertyOptional({ description: '职务' }) @IsOptional() @IsString({ message: 'guests.post：必须为文本' }) @MaxLength(40, { message: 'guests.post：不超过 40 个字' }) post?: string;
  @ApiProperty({ description: '护照号' }) @Matches(/^[A-Za-z0-9]{5,20}$/, { message: 'guests.passportNumber：护照号应为 5–20 位字母或数字' }) passportNumber: string;
}

export class InvitationFields {
  @ApiProperty({ description: '邀请事由' }) @IsString({ message: 'title：必须为文本' }) @MinLength(2, { message: 'title：至少 2 个字' }) @MaxLength(200, { message: 'title：不超过 200 个字' }) title: string;
  @ApiProperty({ description: '邀请单位' }) @IsString({ message: 'unitName：必须为文本' }) @MinLength(2, { message: 'unitName：至少 2 个字' }) @MaxLength(80, { message: 'unitName：不超过 80 个字' }) unitName: string;
  @ApiProperty({ description: '来华目的' }) @IsString({ message: 'purpose：必须为文本' }) @MinLength(2, { message: 'purpose：至少 2 个字' }) @MaxLength(2000, { message: 'purpose：不超过 2000 个字' }) purpose: string;
  @ApiProperty({ description: '抵达日期 YYYY-MM-DD' }) @IsCalendarDate(DATE) arrivalDate: string;
  @ApiProperty({ description: '离开日期 YYYY-MM-DD' }) @IsCalendarDate(DATE) departureDate: string;
  @ApiProperty({ type: [InvitedGuest], description: '被邀请人' })
  @IsArray({ message: 'guests：必须为列表' })
  @ArrayMinSize(1, { message: 'guests：至少一名被邀请人' })
  @ArrayMaxSize(50, { message: 'guests：不超过 50 人' })
  @ValidateNested({ each: true })
  @Type(() => InvitedGuest)
  guests: InvitedGuest[];
}

export class InvitationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ description: '邀请单位（联络员登记时为本单位）', nullable: true, type: String }) unitId: string | null;
  @ApiProperty() title: string;
  @ApiProperty() unitName: string;
  @ApiProperty() purpose: string;
  @ApiProperty() arrivalDate: string;
  @ApiProperty() departureDate: string;
  @ApiProperty({ type: [InvitedGuest], description: '被邀请人（列表中护照号遮盖）' }) guests: InvitedGuest[];
  @ApiProperty({ enum: INVITATION_STATUSES }) status: InvitationStatus;
  @ApiProperty() statusLabel: string;
  @ApiPropertyOptional({ description: '审批意见', nullable: true, type: String }) opinion: string | null;
  @ApiPropertyOptional({ description: '邀请函文号', nullable: true, type: String }) letterNumber: string | null;
  @ApiPropertyOptional({ description: '邀请函发出日期', nullable: true, type: String }) letterIssuedOn: string | null;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const InvitationErrors = {
  notFound: { kind: 'not_found', code: 'INVITATION.NOT_FOUND', title: '外国人来华邀请不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'INVITATION.VERSION_CONFLICT', title: '外国人来华邀请已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'INVITATION.INVALID_STATE', title: '当前状态不能进行此操作' },
  badDates: { kind: 'validation', code: 'INVITATION.BAD_DATES', title: '日期有误' },
} as const;

/** RPC subjects, under `rpc.foreign-affairs.`. */
export const InvitationSubjects = {
  create: 'invitation.create',
  update: 'invitation.update',
  submit: 'invitation.submit',
  decide: 'invitation.decide',
  issue: 'invitation.issue',
  withdraw: 'invitation.withdraw',
  get: 'invitation.get',
  list: 'invitation.list',
} as const;

export namespace CreateInvitation {
  export class Request extends InvitationFields {}
  export class Reply extends InvitationView {}
}

export namespace UpdateInvitation {
  export class Body extends InvitationFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends InvitationView {}
}

export namespace SubmitInvitation {
  export class Request extends VersionedRef {}
  export class Reply extends InvitationView {}
}

export namespace DecideInvitation {
  export class Body {
    @ApiProperty({ enum: ['approve', 'return'], description: 'approve 批准 / return 退回修改' }) @IsIn(['approve', 'return'], { message: 'decision：只能是 approve（批准）或 return（退回）' }) decision: 'approve' | 'return';
    @ApiProperty({ description: '审批意见' }) @IsString({ message: 'opinion：必须为文本' }) @MinLength(2, { message: 'opinion：请填写意见（至少 2 个字）' }) @MaxLength(1000, { message: 'opinion：不超过 1000 个字' }) opinion: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends InvitationView {}
}

export namespace IssueInvitation {
  export class Body {
    @ApiProperty({ description: '邀请函文号' }) @IsString({ message: 'letterNumber：必须为文本' }) @MinLength(2, { message: 'letterNumber：请填写邀请函文号' }) @MaxLength(60, { message: 'letterNumber：不超过 60 个字' }) letterNumber: string;
    @ApiProperty({ description: '发出日期 YYYY-MM-DD' }) @IsCalendarDate(DATE) issuedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends InvitationView {}
}

export namespace WithdrawInvitation {
  export class Body {
    @ApiProperty({ description: '撤回理由' }) @IsString({ message: 'reason：必须为文本' }) @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' }) @MaxLength(1000, { message: 'reason：不超过 1000 个字' }) reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends InvitationView {}
}

export namespace GetInvitation {
  export class Request extends RecordRef {}
  export class Reply extends InvitationView {}
}

export namespace ListInvitations {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: INVITATION_STATUSES, description: '状态' }) @IsOptional() @IsIn(INVITATION_STATUSES, { message: 'status：取值无效' }) status?: InvitationStatus;
    @ApiPropertyOptional({ description: '事由模糊搜索（支持中文）' }) @IsOptional() @IsString({ message: 'q：必须为文本' }) @MaxLength(40, { message: 'q：不超过 40 个字' }) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [InvitationView] }) items: InvitationView[];
  }
}

/** What the events of one invitation carry: its snapshot with its version (no passport numbers). */
export class InvitationSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(INVITATION_STATUSES) status: InvitationStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const InvitationEvents = {
  created: eventSubject('foreign-affairs', 'invitation.created'),
  updated: eventSubject('foreign-affairs', 'invitation.updated'),
  submitted: eventSubject('foreign-affairs', 'invitation.submitted'),
  approved: eventSubject('foreign-affairs', 'invitation.approved'),
  sentBack: eventSubject('foreign-affairs', 'invitation.sent-back'),
  issued: eventSubject('foreign-affairs', 'invitation.issued'),
  withdrawn: eventSubject('foreign-affairs', 'invitation.withdrawn'),
} as const;

export const InvitationEventDescriptions = {
  'invitation.created': { zh: '外国人来华邀请登记', en: 'An invitation of foreigners to China was drafted.' },
  'invitation.updated': { zh: '外国人来华邀请被修改', en: 'An invitation was changed.' },
  'invitation.submitted': { zh: '外国人来华邀请报送外事科', en: 'An invitation was submitted to the foreign-affairs section.' },
  'invitation.approved': { zh: '外国人来华邀请获批准', en: 'An invitation was approved.' },
  'invitation.sent-back': { zh: '外国人来华邀请退回修改', en: 'An invitation was sent back.' },
  'invitation.issued': { zh: '邀请函已发出', en: 'The invitation letter was issued.' },
  'invitation.withdrawn': { zh: '外国人来华邀请撤回（注明理由，不删除）', en: 'An invitation was withdrawn, with a reason (never deleted).' },
} as const;

/** Published at each step of an invitation; carries its snapshot. */
export namespace InvitationChanged {
  export class Event extends InvitationSnapshot {}
}
