import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

const DATE = { message: '日期格式应为 YYYY-MM-DD' };

/**
 * 国际友好关系: intent 意向 → signed 已签约 → terminated 终止 (with a reason and a date; never deleted). RULES.md §2.8 is
 * silent on the approval route of 友好城市 ([U]); the states are the section's (local setting).
 */
export const FRIENDSHIP_STATUSES = ['intent', 'signed', 'terminated'] as const;
export type FriendshipStatus = (typeof FRIENDSHIP_STATUSES)[number];
export const FRIENDSHIP_STATUS_LABELS: Record<FriendshipStatus, string> = { intent: '意向', signed: '已签约', terminated: '已终止' };

export const FRIENDSHIP_KINDS = ['sister_city', 'exchange_city', 'cooperation'] as const;
export type FriendshipKind = (typeof FRIENDSHIP_KINDS)[number];
export const FRIENDSHIP_KIND_LABELS: Record<FriendshipKind, string> = { sister_city: '友好城市', exchange_city: '友好交流城市', cooperation: '友好合作关系' };

export const PARTNER_TYPES = ['city', 'province', 'organization'] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];
export const PARTNER_TYPE_LABELS: Record<PartnerType, string> = { city: '城市', province: '省/州', organization: '组织' };

export const EXCHANGE_DIRECTIONS = ['outbound', 'inbound'] as const;
export type ExchangeDirection = (typeof EXCHANGE_DIRECTIONS)[number];
export const EXCHANGE_DIRECTION_LABELS: Record<ExchangeDirection, string> = { outbound: '出访', inbound: '来访' };

/** The fields a caller gives of one 国际友好关系. */
export class FriendshipFields {
  @ApiProperty({ description: '友好方中文名称', example: '某某市' }) @IsString({ message: 'partnerName：必须为文本' }) @MinLength(2, { message: 'partnerName：至少 2 个字' }) @MaxLength(100, { message: 'partnerName：不超过 100 个字' }) partnerName: string;
  @ApiProperty({ description: '友好方原文名称' }) @IsString({ message: 'partnerOriginalName：必须为文本' }) @MinLength(1, { message: 'partnerOriginalName：不能为空' }) @MaxLength(200, { message: 'partnerOriginalName：不超过 200 个字' }) partnerOriginalName: string;
  @ApiProperty({ enum: PARTNER_TYPES, description: 'city 城市 / province 省州 / organization 组织' }) @IsIn(PARTNER_TYPES, { message: 'partnerType：只能是城市、省/州或组织' }) partnerType: PartnerType;
  @ApiProperty({ description: '国家（中文）' }) @IsString({ message: 'country：必须为文本' }) @MinLength(1, { message: 'country：不能为空' }) @MaxLength(40, { message: 'country：不超过 40 个字' }) country: string;
  @ApiProperty({ enum: FRIENDSHIP_KINDS, description: 'sister_city 友好城市 / exchange_city 友好交流城市 / cooperation 友好合作关系' }) @IsIn(FRIENDSHIP_KINDS, { message: 'kind：关系类型取值无效' }) kind: FriendshipKind;
  @ApiProperty({ description: '区内责任单位' }) @IsString({ message: 'responsibleUnitName：必须为文本' }) @MinLength(2, { message: 'responsibleUnitName：至少 2 个字' }) @MaxLength(80, { message: 'responsibleUnitName：不超过 80 个字' }) responsibleUnitName: string;
  @ApiPropertyOptional({ description: '备注' }) @IsOptional() @IsString({ message: 'note：必须为文本' }) @MaxLength(2000, { message: 'note：不超过 2000 个字' }) note?: string;
}

/** One agreement (协议) of a relation. */
export class FriendshipAgreementFields {
  @ApiProperty({ description: '协议名称' }) @IsString({ message: 'title：必须为文本' }) @MinLength(2, { message: 'title：至少 2 个字' }) @MaxLength(200, { message: 'title：不超过 200 个字' }) title: string;
  @ApiProperty({ description: '签署日期 YYYY-MM-DD' }) @IsCalendarDate(DATE) signedOn: string;
  @ApiProperty({ description: '签署地点' }) @IsString({ message: 'place：必须为文本' }) @MinLength(2, { message: 'place：至少 2 个字' }) @MaxLength(100, { message: 'place：不超过 100 个字' }) place: string;
  @ApiProperty({ type: [String], description: '签署人' })
  @IsArray({ message: 'signatories：必须为列表' })
  @ArrayMinSize(1, { message: 'signatories：至少一名签署人' })
  @ArrayMaxSize(10, { message: 'signatories：不超过 10 人' })
  @IsString({ each: true, message: 'signatories：必须为文本' })
  @MinLength(1, { each: true, message: 'signatories：不能为空' })
  @MaxLength(60, { each: true, message: 'signatories：每人不超过 60 个字' })
  signatories: string[];
  @ApiPropertyOptional({ description: '有效期至 YYYY-MM-DD（空为长期）' }) @IsOptional() @IsCalendarDate(DATE) validUntil?: string;
  @ApiPropertyOptional({ description: '协议文本文件的 SHA-256（64 位十六进制）' }) @IsOptional() @Matches(/^[0-9a-f]{64}$/, { message: 'fileSha256：应为 64 位小写十六进制' }) fileSha256?: string;
}

export class FriendshipAgreement extends FriendshipAgreementFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() addedAt: string;
  @ApiProperty() addedBy: string;
}

/** One exchange or visit (交流互访) under a relation. */
export class FriendshipExchangeFields {
  @ApiProperty({ description: '日期 YYYY-MM-DD' }) @IsCalendarDate(DATE) date: string;
  @ApiProperty({ enum: EXCHANGE_DIRECTIONS, description: 'outbound 出访 / inbound 来访' }) @IsIn(EXCHANGE_DIRECTIONS, { message: 'direction：只能是出访或来访' }) direction: ExchangeDirection;
  @ApiProperty({ description: '团长' }) @IsString({ message: 'delegationHead：必须为文本' }) @MinLength(1, { message: 'delegationHead：不能为空' }) @MaxLength(60, { message: 'delegationHead：不超过 60 个字' }) delegationHead: string;
  @ApiProperty({ description: '交流概要' }) @IsString({ message: 'summary：必须为文本' }) @MinLength(2, { message: 'summary：至少 2 个字' }) @MaxLength(4000, { message: 'summary：不超过 4000 个字' }) summary: string;
  @ApiPropertyOptional({ format: 'uuid', description: '关联的因公出国团组' }) @IsOptional() @IsUUID('all', { message: 'tripId：格式无效' }) tripId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: '关联的外宾接待' }) @IsOptional() @IsUUID('all', { message: 'receptionId：格式无效' }) receptionId?: string;
}

export class FriendshipExchange extends FriendshipExchangeFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() addedAt: string;
  @ApiProperty() addedBy: string;
}

export class FriendshipView extends FriendshipFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ description: '责任单位（联络员登记时为本单位；科室登记的为空）', nullable: true, type: String }) unitId: string | null;
  @ApiProperty() kindLabel: string;
  @ApiProperty({ enum: FRIENDSHIP_STATUSES, description: 'intent 意向 / signed 已签约 / terminated 已终止' }) status: FriendshipStatus;
  @ApiProperty() statusLabel: string;
  @ApiPropertyOptional({ description: '签约日期', nullable: true, type: String }) signedOn: string | null;
  @ApiPropertyOptional({ description: '终止日期', nullable: true, type: String }) terminatedOn: string | null;
  @ApiPropertyOptional({ description: '终止理由', nullable: true, type: String }) terminationReason: string | null;
  @ApiProperty({ type: [FriendshipAgreement] }) agreements: FriendshipAgreement[];
  @ApiProperty({ type: [FriendshipExchange] }) exchanges: FriendshipExchange[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const FriendshipErrors = {
  notFound: { kind: 'not_found', code: 'FRIENDSHIP.NOT_FOUND', title: '国际友好关系不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'FRIENDSHIP.VERSION_CONFLICT', title: '国际友好关系已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'FRIENDSHIP.INVALID_STATE', title: '当前状态不能进行此操作' },
  badDates: { kind: 'validation', code: 'FRIENDSHIP.BAD_DATES', title: '日期有误' },
} as const;

/** RPC subjects, under `rpc.foreign-affairs.`. */
export const FriendshipSubjects = {
  create: 'friendship.create',
  update: 'friendship.update',
  sign: 'friendship.sign',
  terminate: 'friendship.terminate',
  addAgreement: 'friendship.add-agreement',
  addExchange: 'friendship.add-exchange',
  get: 'friendship.get',
  list: 'friendship.list',
} as const;

export namespace CreateFriendship {
  export class Request extends FriendshipFields {
    @ApiPropertyOptional({ format: 'uuid', description: '责任单位 id（外事科登记时可填；联络员为本单位）' }) @IsOptional() @IsUUID('all', { message: 'unitId：格式无效' }) unitId?: string;
  }
  export class Reply extends FriendshipView {}
}

export namespace UpdateFriendship {
  export class Body extends FriendshipFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends FriendshipView {}
}

export namespace SignFriendship {
  export class Body {
    @ApiProperty({ description: '签约日期 YYYY-MM-DD' }) @IsCalendarDate(DATE) signedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends FriendshipView {}
}

export namespace TerminateFriendship {
  export class Body {
    @ApiProperty({ description: '终止理由' }) @IsString({ message: 'reason：必须为文本' }) @MinLength(2, { message: 'reason：终止须说明理由（至少 2 个字）' }) @MaxLength(1000, { message: 'reason：不超过 1000 个字' }) reason: string;
    @ApiProperty({ description: '终止日期 YYYY-MM-DD' }) @IsCalendarDate(DATE) terminatedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends FriendshipView {}
}

export namespace AddFriendshipAgreement {
  export class Body extends FriendshipAgreementFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends FriendshipView {}
}

export namespace AddFriendshipExchange {
  export class Body extends FriendshipExchangeFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends FriendshipView {}
}

export namespace GetFriendship {
  export class Request extends RecordRef {}
  export class Reply extends FriendshipView {}
}

export namespace ListFriendships {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: FRIENDSHIP_STATUSES, description: '状态' }) @IsOptional() @IsIn(FRIENDSHIP_STATUSES, { message: 'status：取值无效' }) status?: FriendshipStatus;
    @ApiPropertyOptional({ enum: FRIENDSHIP_KINDS, description: '关系类型' }) @IsOptional() @IsIn(FRIENDSHIP_KINDS, { message: 'kind：取值无效' }) kind?: FriendshipKind;
    @ApiPropertyOptional({ description: '国家' }) @IsOptional() @IsString({ message: 'country：必须为文本' }) @MaxLength(40, { message: 'country：不超过 40 个字' }) country?: string;
    @ApiPropertyOptional({ description: '名称模糊搜索（中文、原文名称、责任单位）' }) @IsOptional() @IsString({ message: 'q：必须为文本' }) @MaxLength(40, { message: 'q：不超过 40 个字' }) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [FriendshipView] }) items: FriendshipView[];
  }
}

/** What the events of one 国际友好关系 carry: its snapshot with its version (consumers apply only newer ones). */
export class FriendshipSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsString() partnerName: string;
  @ApiProperty() @IsString() country: string;
  @ApiProperty() @IsIn(FRIENDSHIP_KINDS) kind: FriendshipKind;
  @ApiProperty() @IsIn(FRIENDSHIP_STATUSES) status: FriendshipStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const FriendshipEvents = {
  created: eventSubject('foreign-affairs', 'friendship.created'),
  updated: eventSubject('foreign-affairs', 'friendship.updated'),
  signed: eventSubject('foreign-affairs', 'friendship.signed'),
  terminated: eventSubject('foreign-affairs', 'friendship.terminated'),
  agreementAdded: eventSubject('foreign-affairs', 'friendship.agreement-added'),
  exchangeAdded: eventSubject('foreign-affairs', 'friendship.exchange-added'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const FriendshipEventDescriptions = {
  'friendship.created': { zh: '国际友好关系登记（意向）', en: 'A friendship relation was registered (intent).' },
  'friendship.updated': { zh: '国际友好关系被修改', en: 'A friendship relation was changed.' },
  'friendship.signed': { zh: '国际友好关系签约', en: 'A friendship relation was signed.' },
  'friendship.terminated': { zh: '国际友好关系终止（注明理由，不删除）', en: 'A friendship relation was terminated, with a reason (never deleted).' },
  'friendship.agreement-added': { zh: '国际友好关系登记协议', en: 'An agreement was recorded under a friendship relation.' },
  'friendship.exchange-added': { zh: '国际友好关系登记交流互访', en: 'An exchange or visit was recorded under a friendship relation.' },
} as const;

/** Published by foreign-affairs at each step of a 国际友好关系; carries its snapshot. */
export namespace FriendshipChanged {
  export class Event extends FriendshipSnapshot {}
}

// ---------------------------------------------------------------------------------------------------------------------
// 荣誉称号 (honorary titles for foreign friends)

/**
 * proposed 已提名 → reviewed 外事科已审核 → approved 已批准 (approver, approving body/meeting, date) → conferred 已授予
 * (date, certificate number); revoked 已撤销 (after conferral) or withdrawn 已撤回 (before), each with a reason. A step out of
 * order is refused with `HONORARY_TITLE.STEP_OUT_OF_ORDER`. Local procedure of 外事科 (RULES.md §2.8 is silent).
 */
export const HONORARY_TITLE_STATUSES = ['proposed', 'reviewed', 'approved', 'conferred', 'revoked', 'withdrawn'] as const;
export type HonoraryTitleStatus = (typeof HONORARY_TITLE_STATUSES)[number];
export const HONORARY_TITLE_STATUS_LABELS: Record<HonoraryTitleStatus, string> = {
  proposed: '已提名',
  reviewed: '外事科已审核',
  approved: '已批准',
  conferred: '已授予',
  revoked: '已撤销',
  withdrawn: '已撤回',
};

export class HonoraryTitleFields {
  @ApiProperty({ description: '荣誉称号名称，如 荣誉市民、友好使者' }) @IsString({ message: 'titleName：必须为文本' }) @MinLength(2, { message: 'titleName：至少 2 个字' }) @MaxLength(40, { message: 'titleName：不超过 40 个字' }) titleName: string;
  @ApiProperty({ description: '被提名人姓名' }) @IsString({ message: 'nomineeName：必须为文本' }) @MinLength(1, { message: 'nomineeName：不能为空' }) @MaxLength(100, { message: 'nomineeName：不超过 100 个字' }) nomineeName: string;
  @ApiProperty({ description: '国籍' }) @IsString({ message: 'nationality：必须为文本' }) @MinLength(1, { message: 'nationality：不能为空' }) @MaxLength(40, { message: 'nationality：不超过 40 个字' }) nationality: string;
  @ApiProperty({ description: '护照号（加密保存，列表中遮盖）' }) @Matches(/^[A-Za-z0-9]{5,20}$/, { message: 'passportNumber：护照号应为 5–20 位字母或数字' }) passportNumber: string;
  @ApiProperty({ description: '主要贡献' }) @IsString({ message: 'contribution：必须为文本' }) @MinLength(2, { message: 'contribution：至少 2 个字' }) @MaxLength(4000, { message: 'contribution：不超过 4000 个字' }) contribution: string;
  @ApiProperty({ description: '提名单位' }) @IsString({ message: 'proposingUnitName：必须为文本' }) @MinLength(2, { message: 'proposingUnitName：至少 2 个字' }) @MaxLength(80, { message: 'proposingUnitName：不超过 80 个字' }) proposingUnitName: string;
  @ApiPropertyOptional({ format: 'uuid', description: '关联的国际友好关系' }) @IsOptional() @IsUUID('all', { message: 'friendshipId：格式无效' }) friendshipId?: string;
}

export class HonoraryTitleView extends HonoraryTitleFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ description: '提名单位 id（联络员提名时为本单位）', nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ enum: HONORARY_TITLE_STATUSES }) status: HonoraryTitleStatus;
  @ApiProperty() statusLabel: string;
  @ApiPropertyOptional({ description: '外事科审核意见', nullable: true, type: String }) reviewOpinion: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) reviewedBy: string | null;
  @ApiPropertyOptional({ description: '批准人', nullable: true, type: String }) approver: string | null;
  @ApiPropertyOptional({ description: '批准机关/会议', nullable: true, type: String }) approvingBody: string | null;
  @ApiPropertyOptional({ description: '批准日期', nullable: true, type: String }) approvedOn: string | null;
  @ApiPropertyOptional({ description: '授予日期', nullable: true, type: String }) conferredOn: string | null;
  @ApiPropertyOptional({ description: '证书编号', nullable: true, type: String }) certificateNumber: string | null;
  @ApiPropertyOptional({ description: '撤销或撤回理由', nullable: true, type: String }) endReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const HonoraryTitleErrors = {
  notFound: { kind: 'not_found', code: 'HONORARY_TITLE.NOT_FOUND', title: '荣誉称号不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'HONORARY_TITLE.VERSION_CONFLICT', title: '荣誉称号已被他人修改' },
  stepOutOfOrder: { kind: 'rule_violation', code: 'HONORARY_TITLE.STEP_OUT_OF_ORDER', title: '荣誉称号办理步骤顺序不符' },
  friendshipNotFound: { kind: 'validation', code: 'HONORARY_TITLE.FRIENDSHIP_NOT_FOUND', title: '关联的国际友好关系不存在' },
} as const;

export const HonoraryTitleSubjects = {
  propose: 'honorary-title.propose',
  update: 'honorary-title.update',
  review: 'honorary-title.review',
  approve: 'honorary-title.approve',
  confer: 'honorary-title.confer',
  revoke: 'honorary-title.revoke',
  withdraw: 'honorary-title.withdraw',
  get: 'honorary-title.get',
  list: 'honorary-title.list',
} as const;

class ReasonBody {
  @ApiProperty({ description: '理由' }) @IsString({ message: 'reason：必须为文本' }) @MinLength(2, { message: 'reason：须说明理由（至少 2 个字）' }) @MaxLength(1000, { message: 'reason：不超过 1000 个字' }) reason: string;
}

export namespace ProposeHonoraryTitle {
  export class Request extends HonoraryTitleFields {}
  export class Reply extends HonoraryTitleView {}
}

export namespace UpdateHonoraryTitle {
  export class Body extends HonoraryTitleFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends HonoraryTitleView {}
}

export namespace ReviewHonoraryTitle {
  export class Body {
    @ApiProperty({ description: '外事科审核意见' }) @IsString({ message: 'opinion：必须为文本' }) @MinLength(2, { message: 'opinion：请填写审核意见（至少 2 个字）' }) @MaxLength(1000, { message: 'opinion：不超过 1000 个字' }) opinion: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends HonoraryTitleView {}
}

export namespace ApproveHonoraryTitle {
  export class Body {
    @ApiProperty({ description: '批准人' }) @IsString({ message: 'approver：必须为文本' }) @MinLength(2, { message: 'approver：至少 2 个字' }) @MaxLength(60, { message: 'approver：不超过 60 个字' }) approver: string;
    @ApiProperty({ description: '批准机关或会议，如 区政府常务会议' }) @IsString({ message: 'approvingBody：必须为文本' }) @MinLength(2, { message: 'approvingBody：至少 2 个字' }) @MaxLength(100, { message: 'approvingBody：不超过 100 个字' }) approvingBody: string;
    @ApiProperty({ description: '批准日期 YYYY-MM-DD' }) @IsCalendarDate(DATE) approvedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends HonoraryTitleView {}
}

export namespace ConferHonoraryTitle {
  export class Body {
    @ApiProperty({ description: '授予日期 YYYY-MM-DD' }) @IsCalendarDate(DATE) conferredOn: string;
    @ApiProperty({ description: '证书编号' }) @IsString({ message: 'certificateNumber：必须为文本' }) @MinLength(1, { message: 'certificateNumber：请填写证书编号' }) @MaxLength(60, { message: 'certificateNumber：不超过 60 个字' }) certificateNumber: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends HonoraryTitleView {}
}

export namespace RevokeHonoraryTitle {
  export class Body extends ReasonBody {}
  export class Request extends Versioned(Body) {}
  export class Reply extends HonoraryTitleView {}
}

export namespace WithdrawHonoraryTitle {
  export class Body extends ReasonBody {}
  export class Request extends Versioned(Body) {}
  export class Reply extends HonoraryTitleView {}
}

export namespace GetHonoraryTitle {
  export class Request extends RecordRef {}
  export class Reply extends HonoraryTitleView {}
}

export namespace ListHonoraryTitles {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: HONORARY_TITLE_STATUSES, description: '状态' }) @IsOptional() @IsIn(HONORARY_TITLE_STATUSES, { message: 'status：取值无效' }) status?: HonoraryTitleStatus;
    @ApiPropertyOptional({ format: 'uuid', description: '国际友好关系' }) @IsOptional() @IsUUID('all', { message: 'friendshipId：格式无效' }) friendshipId?: string;
    @ApiPropertyOptional({ description: '姓名、称号、国籍模糊搜索' }) @IsOptional() @IsString({ message: 'q：必须为文本' }) @MaxLength(40, { message: 'q：不超过 40 个字' }) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [HonoraryTitleView] }) items: HonoraryTitleView[];
  }
}

/** What the events of one 荣誉称号 carry (no passport number). */
export class HonoraryTitleSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsString() titleName: string;
  @ApiProperty() @IsString() nomineeName: string;
  @ApiProperty() @IsString() nationality: string;
  @ApiProperty() @IsIn(HONORARY_TITLE_STATUSES) status: HonoraryTitleStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const HonoraryTitleEvents = {
  proposed: eventSubject('foreign-affairs', 'honorary-title.proposed'),
  updated: eventSubject('foreign-affairs', 'honorary-title.updated'),
  reviewed: eventSubject('foreign-affairs', 'honorary-title.reviewed'),
  approved: eventSubject('foreign-affairs', 'honorary-title.approved'),
  conferred: eventSubject('foreign-affairs', 'honorary-title.conferred'),
  revoked: eventSubject('foreign-affairs', 'honorary-title.revoked'),
  withdrawn: eventSubject('foreign-affairs', 'honorary-title.withdrawn'),
} as const;

export const HonoraryTitleEventDescriptions = {
  'honorary-title.proposed': { zh: '荣誉称号提名', en: 'A foreign friend was proposed for an honorary title.' },
  'honorary-title.updated': { zh: '荣誉称号提名被修改', en: 'An honorary-title proposal was changed.' },
  'honorary-title.reviewed': { zh: '荣誉称号经外事科审核', en: 'An honorary-title proposal was reviewed by the foreign-affairs section.' },
  'honorary-title.approved': { zh: '荣誉称号获批准', en: 'An honorary title was approved.' },
  'honorary-title.conferred': { zh: '荣誉称号已授予', en: 'An honorary title was conferred.' },
  'honorary-title.revoked': { zh: '荣誉称号被撤销（注明理由）', en: 'A conferred honorary title was revoked, with a reason.' },
  'honorary-title.withdrawn': { zh: '荣誉称号提名被撤回（注明理由，不删除）', en: 'An honorary-title proposal was withdrawn, with a reason (never deleted).' },
} as const;

export namespace HonoraryTitleChanged {
  export class Event extends HonoraryTitleSnapshot {}
}
