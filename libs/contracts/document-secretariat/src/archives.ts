import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';
import { FileRef, FileRefView } from './common.js';

/**
 * 立卷归档 per DA/T 22—2015《归档文件整理规则》: one 件 = one completed document (a 办结 incoming document or an issued
 * outgoing one) with its 正本, 定稿 and 文件处理单/发文稿纸 together; 档号 = 全宗号-门类·年度-保管期限-机构-件号; the
 * 归档文件目录 and its spreadsheet export; hand-over (移交) records. Items are never deleted: a voided item keeps its
 * 件号, which is not reused.
 */
export const RETENTION_CODES = ['Y', 'D30', 'D10'] as const;
export type RetentionCodeValue = (typeof RETENTION_CODES)[number];
export const RETENTION_LABELS: Record<RetentionCodeValue, string> = { Y: '永久', D30: '定期30年', D10: '定期10年' };

/** What a 件 may be made of: a completed incoming document or an issued outgoing one. */
export const ARCHIVE_SOURCE_KINDS = ['incoming', 'outgoing'] as const;
export type ArchiveSourceKind = (typeof ARCHIVE_SOURCE_KINDS)[number];

export const ARCHIVE_ITEM_STATUSES = ['filed', 'handed_over', 'voided'] as const;
export type ArchiveItemStatus = (typeof ARCHIVE_ITEM_STATUSES)[number];
export const ARCHIVE_ITEM_STATUS_LABELS: Record<ArchiveItemStatus, string> = { filed: '已归档', handed_over: '已移交', voided: '已作废' };

/** The parts of a 件 (DA/T 22—2015: 正本 and 定稿 are one 件; 发文稿纸 and 文件处理单 are filed with them). */
export const ARCHIVE_PART_ROLES = ['original', 'final_draft', 'processing_sheet', 'attachment'] as const;
export type ArchivePartRole = (typeof ARCHIVE_PART_ROLES)[number];
export const ARCHIVE_PART_LABELS: Record<ArchivePartRole, string> = {
  original: '正本',
  final_draft: '定稿',
  processing_sheet: '文件处理单/发文稿纸',
  attachment: '附件',
};


export const ArchiveErrors = {
  notFound: { kind: 'not_found', code: 'ARCHIVE.NOT_FOUND', title: '归档文件不存在或无权查看' },
  sourceNotArchivable: { kind: 'rule_violation', code: 'ARCHIVE.SOURCE_NOT_ARCHIVABLE', title: '文件尚未办结或核发，不能归档' },
  notToBeFiled: { kind: 'rule_violation', code: 'ARCHIVE.NOT_TO_BE_FILED', title: '该文件属于不归档范围' },
  alreadyFiled: { kind: 'conflict', code: 'ARCHIVE.ALREADY_FILED', title: '该文件已归档' },
  unknownOrganization: { kind: 'validation', code: 'ARCHIVE.UNKNOWN_ORGANIZATION', title: '机构（问题）代码不在代码表中' },
  numberExhausted: { kind: 'rule_violation', code: 'ARCHIVE.NUMBER_EXHAUSTED', title: '件号已超过 9999' },
  missingPart: { kind: 'validation', code: 'ARCHIVE.MISSING_PART', title: '归档文件缺少必需的组成部分' },
  handedOver: { kind: 'rule_violation', code: 'ARCHIVE.HANDED_OVER', title: '已移交的归档文件不能修改' },
  handoverNotFound: { kind: 'not_found', code: 'ARCHIVE.HANDOVER_NOT_FOUND', title: '移交记录不存在或无权查看' },
} as const;

export class ArchivePartView extends FileRefView {
  @ApiProperty({ enum: ARCHIVE_PART_ROLES }) role: ArchivePartRole;
  @ApiProperty({ description: '组成部分（中文）' }) roleLabel: string;
}

/** 归档章 (DA/T 22—2015): stamped in the top margin of the first page of every 件. */
export class ArchiveStampView {
  @ApiProperty({ description: '全宗号', example: 'J001' }) fondsCode: string;
  @ApiProperty({ description: '年度', example: 2026 }) year: number;
  @ApiProperty({ description: '保管期限', example: '定期30年' }) retention: string;
  @ApiProperty({ description: '件号（4 位）', example: '0012' }) itemNumber: string;
  @ApiPropertyOptional({ description: '机构（问题）', example: 'WMK' }) organization?: string;
  @ApiProperty({ description: '页数' }) pages: number;
}

export class ArchiveItemView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '档号', example: 'J001-WS·2026-D30-WMK-0012' }) archiveCode: string;
  @ApiProperty({ description: '全宗号' }) fondsCode: string;
  @ApiProperty({ description: '档案门类代码' }) categoryCode: string;
  @ApiProperty({ description: '年度' }) year: number;
  @ApiProperty({ enum: RETENTION_CODES, description: '保管期限代码' }) retention: RetentionCodeValue;
  @ApiProperty({ description: '保管期限（中文）' }) retentionLabel: string;
  @ApiProperty({ description: '机构（问题）代码' }) organizationCode: string;
  @ApiProperty({ description: '件号（作废后不再使用）' }) itemNumber: number;
  @ApiProperty({ enum: ARCHIVE_SOURCE_KINDS, description: '来源：收文或发文' }) sourceKind: ArchiveSourceKind;
  @ApiProperty({ format: 'uuid', description: '来源文件 id' }) sourceId: string;
  @ApiPropertyOptional({ description: '文号' }) docNumber?: string;
  @ApiProperty({ description: '题名' }) title: string;
  @ApiProperty({ description: '责任者' }) responsible: string;
  @ApiProperty({ description: '文件日期（YYYY-MM-DD）' }) documentDate: string;
  @ApiProperty({ description: '页数' }) pages: number;
  @ApiProperty({ description: '密级' }) secrecyLevel: number;
  @ApiPropertyOptional({ description: '事由（问题），同一类内据此排序' }) matter?: string;
  @ApiPropertyOptional({ description: '备注' }) remark?: string;
  @ApiProperty({ type: [ArchivePartView], description: '组成部分（正本、定稿、处理单、附件）' }) parts: ArchivePartView[];
  @ApiProperty({ enum: ARCHIVE_ITEM_STATUSES }) status: ArchiveItemStatus;
  @ApiProperty({ description: '状态（中文）' }) statusLabel: string;
  @ApiPropertyOptional({ description: '作废原因' }) voidReason?: string;
  @ApiPropertyOptional({ description: '作废人' }) voidedBy?: string;
  @ApiPropertyOptional({ format: 'uuid', description: '移交记录 id' }) handoverId?: string;
  @ApiPropertyOptional({ type: ArchiveStampView, description: '归档章（全宗号、年度、保管期限、件号、机构（问题）、页数）' }) stamp?: ArchiveStampView;
  @ApiProperty({ description: '件号说明：作废的件号保留，不再分配给其他文件' }) numberNote: string;
  @ApiProperty({ format: 'uuid', description: '所依据的全宗配置版本' }) ruleId: string;
  @ApiProperty() version: number;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedBy: string;
  @ApiProperty() updatedAt: string;
}

export class ArchiveItemInput {
  @ApiProperty({ enum: ARCHIVE_SOURCE_KINDS, description: '来源：incoming 收文（须已办结）或 outgoing 发文（须已核发）' })
  @IsIn(ARCHIVE_SOURCE_KINDS, { message: '来源只能是收文（incoming）或发文（outgoing）' })
  sourceKind: ArchiveSourceKind;
  @ApiProperty({ format: 'uuid', description: '来源文件 id' }) @IsUUID('all', { message: '来源文件 id 格式不正确' }) sourceId: string;
  @ApiProperty({ description: '责任者（制发文件的机关或个人）', example: '博山区人民政府办公室' }) @IsString() @MinLength(1, { message: '请填写责任者' }) @MaxLength(100) responsible: string;
  @ApiProperty({ description: '文件日期（YYYY-MM-DD）' }) @IsCalendarDate({ message: '文件日期格式应为 YYYY-MM-DD' }) documentDate: string;
  @ApiProperty({ description: '页数' }) @IsInt32({ message: '页数须为整数' }) @Min(1, { message: '页数至少为 1' }) @Max(9999) pages: number;
  @ApiPropertyOptional({ description: '事由（问题），同一类内按事由、时间排序' }) @IsOptional() @IsString() @MaxLength(60) matter?: string;
  @ApiPropertyOptional({ description: '备注' }) @IsOptional() @IsString() @MaxLength(200) remark?: string;
  @ApiProperty({ type: FileRef, description: '正本' }) @IsDefined() @IsObject() @ValidateNested() @Type(() => FileRef) original: FileRef;
  @ApiPropertyOptional({ type: FileRef, description: '定稿（发文必填）' }) @IsOptional() @ValidateNested() @Type(() => FileRef) finalDraft?: FileRef;
  @ApiProperty({ type: FileRef, description: '文件处理单（收文）或发文稿纸（发文）' }) @IsDefined() @IsObject() @ValidateNested() @Type(() => FileRef) processingSheet: FileRef;
  @ApiPropertyOptional({ type: [FileRef], description: '附件' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FileRef)
  attachments?: FileRef[];
}

export const ArchiveSubjects = {
  file: 'archive.item.file',
  get: 'archive.item.get',
  list: 'archive.item.list',
  update: 'archive.item.update',
  void: 'archive.item.void',
  exportCatalogue: 'archive.catalogue.export',
  handOver: 'archive.handover.create',
  getHandover: 'archive.handover.get',
  listHandovers: 'archive.handover.list',
} as const;

/** Outbox events of archives; each carries the item's (or hand-over's) view. */
export const ArchiveEvents = {
  filed: eventSubject('document-secretariat', 'archive.item.filed'),
  updated: eventSubject('document-secretariat', 'archive.item.updated'),
  voided: eventSubject('document-secretariat', 'archive.item.voided'),
  handedOver: eventSubject('document-secretariat', 'archive.handover.recorded'),
} as const;

export namespace FileArchiveItems {
  export class Request {
    @ApiProperty({ description: '年度' }) @IsInt32({ message: '年度须为四位年份' }) @Min(1949) @Max(2200) year: number;
    @ApiProperty({ enum: RETENTION_CODES, description: '保管期限：Y 永久，D30 定期30年，D10 定期10年' })
    @IsIn(RETENTION_CODES, { message: '保管期限只能是 Y（永久）、D30（定期30年）或 D10（定期10年）' })
    retention: RetentionCodeValue;
    @ApiProperty({ description: '机构（问题）代码，如 WMK（文秘科），须在代码表中' }) @Matches(/^[A-Z0-9]{1,10}$/, { message: '机构（问题）代码须为 1–10 位大写字母或数字' }) organizationCode: string;
    @ApiProperty({ type: [ArchiveItemInput], description: '同一类（年度·保管期限·机构）内的文件；按事由、日期排序后依次编件号' })
    @IsArray()
    @ArrayMinSize(1, { message: '至少归档一件文件' })
    @ArrayMaxSize(50, { message: '一次最多归档 50 件' })
    @ValidateNested({ each: true })
    @Type(() => ArchiveItemInput)
    items: ArchiveItemInput[];
  }
  export class Reply {
    @ApiProperty({ type: [ArchiveItemView] }) items: ArchiveItemView[];
  }
}

export namespace GetArchiveItem {
  export class Request extends RecordRef {}
}

export namespace ListArchiveItems {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ description: '年度' }) @IsOptional() @Type(() => Number) @IsInt32() @Min(1949) @Max(2200) year?: number;
    @ApiPropertyOptional({ enum: RETENTION_CODES }) @IsOptional() @IsIn(RETENTION_CODES, { message: '保管期限只能是 Y、D30 或 D10' }) retention?: RetentionCodeValue;
    @ApiPropertyOptional({ description: '机构（问题）代码' }) @IsOptional() @Matches(/^[A-Z0-9]{1,10}$/, { message: '机构（问题）代码格式不正确' }) organizationCode?: string;
    @ApiPropertyOptional({ enum: ARCHIVE_ITEM_STATUSES }) @IsOptional() @IsIn(ARCHIVE_ITEM_STATUSES, { message: '状态不正确' }) status?: ArchiveItemStatus;
    @ApiPropertyOptional({ description: '按题名、文号、档号模糊搜索' }) @IsOptional() @IsString() @MaxLength(60) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [ArchiveItemView] }) items: ArchiveItemView[];
  }
}

export namespace UpdateArchiveItem {
  /** What may still be corrected before hand-over; the classification (and so the 档号) never changes. */
  export class Changes {
    @ApiPropertyOptional({ description: '题名' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(300) title?: string;
    @ApiPropertyOptional({ description: '责任者' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(100) responsible?: string;
    @ApiPropertyOptional({ description: '页数' }) @IsOptional() @IsInt32({ message: '页数须为整数' }) @Min(1, { message: '页数至少为 1' }) @Max(9999) pages?: number;
    @ApiPropertyOptional({ description: '备注' }) @IsOptional() @IsString() @MaxLength(200) remark?: string;
  }
  export class Request extends Versioned(Changes) {}
}

export namespace VoidArchiveItem {
  export class Body {
    @ApiProperty({ description: '作废原因' }) @IsString() @MinLength(2, { message: '请填写作废原因' }) @MaxLength(500) reason: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace ExportArchiveCatalogue {
  export class Request {
    @ApiProperty({ description: '年度' }) @Type(() => Number) @IsInt32({ message: '年度须为四位年份' }) @Min(1949) @Max(2200) year: number;
    @ApiPropertyOptional({ enum: RETENTION_CODES }) @IsOptional() @IsIn(RETENTION_CODES, { message: '保管期限只能是 Y、D30 或 D10' }) retention?: RetentionCodeValue;
    @ApiPropertyOptional({ description: '机构（问题）代码' }) @IsOptional() @Matches(/^[A-Z0-9]{1,10}$/, { message: '机构（问题）代码格式不正确' }) organizationCode?: string;
  }
  export class Reply {
    @ApiProperty({ description: '文件名（中文）' }) filename: string;
    @ApiProperty({ description: '媒体类型' }) mediaType: string;
    @ApiProperty({ description: '行数（不含表头）' }) rows: number;
    @ApiProperty({ description: '.xlsx 内容（Base64）' }) contentBase64: string;
  }
}

export class HandoverItemView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '档号' }) archiveCode: string;
  @ApiProperty({ description: '题名' }) title: string;
}

export class ArchiveHandoverView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '移交单位' }) fromParty: string;
  @ApiProperty({ description: '接收单位', example: '博山区档案馆' }) toParty: string;
  @ApiProperty({ description: '移交日期' }) handedOverOn: string;
  @ApiProperty({ description: '接收人' }) receiverName: string;
  @ApiProperty({ type: FileRefView, description: '接收人签字的移交清单（扫描件）' }) receiverSignature: FileRefView;
  @ApiProperty({ description: '件数' }) itemCount: number;
  @ApiProperty({ type: [HandoverItemView] }) items: HandoverItemView[];
  @ApiPropertyOptional() note?: string;
  @ApiProperty() secrecyLevel: number;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: string;
}

export namespace CreateArchiveHandover {
  export class Request {
    @ApiPropertyOptional({ description: '移交单位（默认 博山区人民政府办公室）' }) @IsOptional() @IsString() @MaxLength(100) fromParty?: string;
    @ApiProperty({ description: '接收单位', example: '博山区档案馆' }) @IsString() @MinLength(2, { message: '请填写接收单位' }) @MaxLength(100) toParty: string;
    @ApiProperty({ description: '移交日期（YYYY-MM-DD）' }) @IsCalendarDate({ message: '移交日期格式应为 YYYY-MM-DD' }) handedOverOn: string;
    @ApiProperty({ description: '接收人姓名' }) @IsString() @MinLength(2, { message: '请填写接收人' }) @MaxLength(40) receiverName: string;
    @ApiProperty({ type: FileRef, description: '接收人签字的移交清单（先上传）' }) @IsDefined() @IsObject() @ValidateNested() @Type(() => FileRef) receiverSignature: FileRef;
    @ApiProperty({ type: [String], description: '移交的归档文件 id' })
    @IsArray()
    @ArrayMinSize(1, { message: '至少移交一件' })
    @ArrayMaxSize(2000)
    @IsUUID('all', { each: true, message: '归档文件 id 格式不正确' })
    itemIds: string[];
    @ApiPropertyOptional({ description: '说明' }) @IsOptional() @IsString() @MaxLength(500) note?: string;
  }
}

export namespace GetArchiveHandover {
  export class Request extends RecordRef {}
}

export namespace ListArchiveHandovers {
  export class Request extends PageQuery {}
  export class Reply extends PageMeta {
    @ApiProperty({ type: [ArchiveHandoverView] }) items: ArchiveHandoverView[];
  }
}
