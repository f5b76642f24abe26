import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 《博山政务信息》: an issue built from accepted items. draft 编辑中 → reviewing 待审核 → approved 已审核 (科长审核) →
 * released 已签发 (签发 by the office's leader: the 期号 is given then, gap-free per year and kind, and the issue is
 * immutable). A draft or a returned one may be withdrawn with a reason; a released one never changes.
 */
export const BULLETIN_STATUSES = ['draft', 'reviewing', 'approved', 'released', 'withdrawn'] as const;
export type BulletinStatus = (typeof BULLETIN_STATUSES)[number];
export const BULLETIN_STATUS_LABELS: Record<BulletinStatus, string> = { draft: '编辑中', reviewing: '待审核', approved: '已审核', released: '已签发', withdrawn: '已撤回' };

/** 期刊种类: regular 常规期, special 专刊, supplement 增刊 — each numbered on its own, per year. */
export const BULLETIN_KINDS = ['regular', 'special', 'supplement'] as const;
export type BulletinKind = (typeof BULLETIN_KINDS)[number];
export const BULLETIN_KIND_LABELS: Record<BulletinKind, string> = { regular: '常规期', special: '专刊', supplement: '增刊' };

/** The fields a caller gives of one issue. */
export class BulletinFields {
  @ApiProperty({ enum: BULLETIN_KINDS, description: '种类：regular 常规期 / special 专刊 / supplement 增刊' })
  @IsIn(BULLETIN_KINDS, { message: 'kind：种类取值无效' })
  kind: BulletinKind;

  @ApiPropertyOptional({ description: '专题名称（专刊、增刊）' })
  @IsOptional()
  @IsString({ message: 'theme：必须为文本' })
  @MaxLength(100, { message: 'theme：不超过 100 个字' })
  theme?: string;

  @ApiProperty({ type: [String], description: '编入的信息（已采纳的报送信息，按刊登顺序，1–30 条）' })
  @IsArray({ message: 'itemIds：必须为列表' })
  @ArrayMinSize(1, { message: 'itemIds：至少编入 1 条信息' })
  @ArrayMaxSize(30, { message: 'itemIds：至多 30 条' })
  @IsUUID('all', { each: true, message: 'itemIds：须为报送信息 ID' })
  itemIds: string[];

  @ApiPropertyOptional({ description: '编者按' })
  @IsOptional()
  @IsString({ message: 'editorNote：必须为文本' })
  @MaxLength(2000, { message: 'editorNote：不超过 2000 个字' })
  editorNote?: string;
}

export class BulletinItemView {
  @ApiProperty({ format: 'uuid' }) submissionId: string;
  @ApiProperty({ description: '序号' }) position: number;
  @ApiProperty({ description: '标题' }) title: string;
  @ApiProperty({ description: '正文（签发时定稿）' }) body: string;
  @ApiPropertyOptional({ nullable: true, format: 'uuid', description: '报送单位', type: String }) unitId: string | null;
}

export class BulletinView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: BULLETIN_KINDS }) kind: BulletinKind;
  @ApiProperty() kindLabel: string;
  @ApiPropertyOptional({ nullable: true, type: String }) theme: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) editorNote: string | null;
  @ApiPropertyOptional({ nullable: true, description: '年度（签发时确定）', type: Number }) year: number | null;
  @ApiPropertyOptional({ nullable: true, description: '期号（签发时按年度、种类连续编号）', type: Number }) number: number | null;
  @ApiPropertyOptional({ nullable: true, description: '期号全称，如 2026年第12期、2026年专刊第1期', type: String }) label: string | null;
  @ApiProperty({ enum: BULLETIN_STATUSES }) status: BulletinStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ type: [BulletinItemView] }) items: BulletinItemView[];
  @ApiPropertyOptional({ nullable: true, type: String }) reviewedBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) reviewedAt: string | null;
  @ApiPropertyOptional({ nullable: true, description: '签发人', type: String }) signedBy: string | null;
  @ApiPropertyOptional({ nullable: true, description: '签发日期', type: String }) releasedOn: string | null;
  @ApiProperty({ type: [String], description: '分送范围' }) distribution: string[];
  @ApiPropertyOptional({ nullable: true, description: '退回或撤回理由', type: String }) reason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const BulletinErrors = {
  notFound: { kind: 'not_found', code: 'BULLETIN.NOT_FOUND', title: '期刊不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'BULLETIN.VERSION_CONFLICT', title: '期刊已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'BULLETIN.INVALID_STATE', title: '当前状态不能进行此操作' },
  itemAlreadyPublished: { kind: 'rule_violation', code: 'BULLETIN.ITEM_ALREADY_PUBLISHED', title: '信息已在另一期刊登' },
  reviewerRequired: { kind: 'forbidden', code: 'BULLETIN.REVIEWER_REQUIRED', title: '审核须由信息科科长办理' },
  fontsMissing: { kind: 'unavailable', code: 'BULLETIN.FONTS_MISSING', title: '服务器未安装期刊排版所需字体' },
} as const;

/** RPC subjects, under `rpc.information.`. */
export const BulletinSubjects = {
  create: 'bulletin.create',
  update: 'bulletin.update',
  submit: 'bulletin.submit',
  review: 'bulletin.review',
  sendBack: 'bulletin.send-back',
  sign: 'bulletin.sign',
  withdraw: 'bulletin.withdraw',
  get: 'bulletin.get',
  list: 'bulletin.list',
  exportList: 'bulletin.export-list',
  pdf: 'bulletin.pdf',
} as const;

export namespace CreateBulletin {
  export class Request extends BulletinFields {}
  export class Reply extends BulletinView {}
}

export namespace UpdateBulletin {
  export class Body extends BulletinFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends BulletinView {}
}

export namespace SubmitBulletin {
  export class Body {}
  export class Request extends Versioned(Body) {}
  export class Reply extends BulletinView {}
}

export namespace ReviewBulletin {
  export class Body {
    @ApiPropertyOptional({ description: '审核意见' })
    @IsOptional()
    @IsString({ message: 'note：必须为文本' })
    @MaxLength(1000, { message: 'note：不超过 1000 个字' })
    note?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends BulletinView {}
}

export namespace SendBackBulletin {
  export class Body {
    @ApiProperty({ description: '退回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：退回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends BulletinView {}
}

export namespace SignBulletin {
  export class Body {
    @ApiProperty({ description: '签发日期 YYYY-MM-DD（期号按其年度编排）' })
    @IsCalendarDate({ message: 'releasedOn：须为 YYYY-MM-DD 格式的日期' })
    releasedOn: string;

    @ApiProperty({ type: [String], description: '分送范围（如 区委、区政府领导，各镇街、区直各部门）' })
    @IsArray({ message: 'distribution：必须为列表' })
    @ArrayMinSize(1, { message: 'distribution：至少 1 个分送对象' })
    @ArrayMaxSize(50, { message: 'distribution：至多 50 个' })
    @IsString({ each: true, message: 'distribution：必须为文本' })
    @MaxLength(100, { each: true, message: 'distribution：每项不超过 100 个字' })
    distribution: string[];
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends BulletinView {}
}

export namespace WithdrawBulletin {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends BulletinView {}
}

export namespace GetBulletin {
  export class Request extends RecordRef {}
  export class Reply extends BulletinView {}
}

export namespace ListBulletins {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: BULLETIN_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(BULLETIN_STATUSES, { message: 'status：取值无效' })
    status?: BulletinStatus;

    @ApiPropertyOptional({ enum: BULLETIN_KINDS, description: '种类' })
    @IsOptional()
    @IsIn(BULLETIN_KINDS, { message: 'kind：取值无效' })
    kind?: BulletinKind;

    @ApiPropertyOptional({ description: '年度' })
    @IsOptional()
    @Type(() => Number)
    @IsInt({ message: 'year：须为整数' })
    @Min(2000, { message: 'year：不早于 2000 年' })
    @Max(2100, { message: 'year：不晚于 2100 年' })
    year?: number;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [BulletinView] }) items: BulletinView[];
  }
}

export namespace ExportBulletinList {
  export class Request {
    @ApiProperty({ description: '年度' })
    @Type(() => Number)
    @IsInt32({ message: 'year：须为整数' })
    @Min(2000, { message: 'year：不早于 2000 年' })
    @Max(2100, { message: 'year：不晚于 2100 年' })
    year: number;
  }
  export class Reply {
    @ApiProperty() filename: string;
    @ApiProperty() mediaType: string;
    @ApiProperty() rows: number;
    @ApiProperty({ description: '.xlsx 内容（Base64）' }) contentBase64: string;
  }
}

/** The printable issue (PDF) in the bulletin's layout: masthead, 期号 line, items, 分送; 「未签发」 before 签发. */
export namespace RenderBulletinPdf {
  export class Request extends RecordRef {}
  export class Reply {
    @ApiProperty({ description: '文件名（中文）' }) filename: string;
    @ApiProperty() mediaType: string;
    @ApiProperty({ description: '页数' }) pages: number;
    @ApiProperty({ description: '未签发的期刊加「未签发」水印' }) released: boolean;
    @ApiProperty({ type: [String], description: '字体替代（标准字体未安装时），如 仿宋 → NotoSerifCJKsc-Regular' }) fontSubstitutions: string[];
    @ApiProperty({ description: 'PDF 内容（Base64）' }) contentBase64: string;
  }
}

/** What the events of one issue carry: its snapshot with its version (consumers apply only newer ones). */
export class BulletinSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsIn(BULLETIN_KINDS) kind: BulletinKind;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() label: string | null;
  @ApiProperty() @IsIn(BULLETIN_STATUSES) status: BulletinStatus;
  @ApiProperty({ type: [String] }) @IsArray() @IsUUID('all', { each: true }) itemIds: string[];
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const BulletinEvents = {
  created: eventSubject('information', 'bulletin.created'),
  updated: eventSubject('information', 'bulletin.updated'),
  submitted: eventSubject('information', 'bulletin.submitted'),
  reviewed: eventSubject('information', 'bulletin.reviewed'),
  sentBack: eventSubject('information', 'bulletin.sent-back'),
  released: eventSubject('information', 'bulletin.released'),
  withdrawn: eventSubject('information', 'bulletin.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const BulletinEventDescriptions = {
  'bulletin.created': { zh: '《博山政务信息》一期开始编辑', en: 'An issue of the bulletin was started.' },
  'bulletin.updated': { zh: '期刊编排修改', en: 'An issue’s contents were changed.' },
  'bulletin.submitted': { zh: '期刊送审核', en: 'An issue was sent for review.' },
  'bulletin.reviewed': { zh: '期刊经科长审核', en: 'An issue was reviewed by the section chief.' },
  'bulletin.sent-back': { zh: '期刊被退回修改（注明理由）', en: 'An issue was sent back for changes, with a reason.' },
  'bulletin.released': { zh: '期刊签发印发（编定期号，此后不可更改）', en: 'An issue was signed and released (numbered, immutable).' },
  'bulletin.withdrawn': { zh: '期刊被撤回（注明理由，不删除）', en: 'An issue was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by information at each step of an issue; carries its snapshot. */
export namespace BulletinChanged {
  export class Event extends BulletinSnapshot {}
}
