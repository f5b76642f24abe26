import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsCalendarDate, IsInt32, RecordRef, Versioned, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';
import { OUTGOING_DOC_TYPES, type OutgoingDocType } from './outgoing.js';

/**
 * 文件效力 for 文件清理 and 文件汇编: an issued document is 有效 from its 成文日期 until a later issued document revises
 * (修订) or repeals (废止) it. Each change is an attributable step with a reason and its effective date; the history is
 * append-only. A 汇编 (.xlsx) lists the documents still in force of a year (and 文种).
 */
export const VALIDITY_STATUSES = ['valid', 'revised', 'repealed'] as const;
export type ValidityStatus = (typeof VALIDITY_STATUSES)[number];
export const VALIDITY_STATUS_LABELS: Record<ValidityStatus, string> = { valid: '有效', revised: '已修订', repealed: '已废止' };

export const ValidityErrors = {
  notIssued: { kind: 'rule_violation', code: 'VALIDITY.NOT_ISSUED', title: '未核发的公文没有效力状态' },
  repealedFinal: { kind: 'rule_violation', code: 'VALIDITY.REPEALED_FINAL', title: '已废止的文件不能再改变效力' },
  byDocumentRequired: { kind: 'validation', code: 'VALIDITY.BY_DOCUMENT_REQUIRED', title: '修订或废止须注明所依据的文件' },
  byDocumentInvalid: { kind: 'rule_violation', code: 'VALIDITY.BY_DOCUMENT_INVALID', title: '所依据的文件须为另一份已核发的公文' },
  effectiveDateInvalid: { kind: 'validation', code: 'VALIDITY.EFFECTIVE_DATE_INVALID', title: '生效日期不正确' },
} as const;

export const ValiditySubjects = {
  get: 'outgoing.validity.get',
  set: 'outgoing.validity.set',
  exportCompilation: 'outgoing.compilation.export',
} as const;

export class ValidityChangeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: VALIDITY_STATUSES, description: '变更前' }) fromStatus: ValidityStatus;
  @ApiProperty({ enum: VALIDITY_STATUSES, description: '变更后' }) status: ValidityStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ description: '生效日期' }) effectiveOn: string;
  @ApiPropertyOptional({ format: 'uuid', description: '修订或废止所依据的文件' }) byDocumentId?: string;
  @ApiPropertyOptional({ description: '依据文件的发文字号' }) byDocNumber?: string;
  @ApiPropertyOptional({ description: '依据文件的标题' }) byTitle?: string;
  @ApiProperty({ description: '理由' }) reason: string;
  @ApiProperty() changedBy: string;
  @ApiProperty() changedByName: string;
  @ApiProperty() changedAt: string;
}

export class DocumentValidityView {
  @ApiProperty({ format: 'uuid' }) documentId: string;
  @ApiPropertyOptional({ description: '发文字号' }) docNumber?: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: VALIDITY_STATUSES }) status: ValidityStatus;
  @ApiProperty({ description: '效力状态（中文）' }) statusLabel: string;
  @ApiProperty({ description: '当前状态的生效日期（有效：成文日期）' }) effectiveOn: string;
  @ApiPropertyOptional({ format: 'uuid' }) byDocumentId?: string;
  @ApiPropertyOptional() byDocNumber?: string;
  @ApiPropertyOptional() byTitle?: string;
  @ApiProperty({ description: '效力版本号（乐观锁；未变更过为 1）' }) version: number;
  @ApiProperty({ type: [ValidityChangeView], description: '效力变更记录（只增不改）' }) history: ValidityChangeView[];
}

export namespace GetDocumentValidity {
  export class Request extends RecordRef {}
}

export namespace SetDocumentValidity {
  export class Body {
    @ApiProperty({ enum: VALIDITY_STATUSES, description: 'valid 有效（文件清理确认继续有效）、revised 已修订、repealed 已废止' })
    @IsIn(VALIDITY_STATUSES, { message: '效力状态只能是 valid（有效）、revised（已修订）或 repealed（已废止）' })
    status: ValidityStatus;
    @ApiProperty({ description: '生效日期 YYYY-MM-DD' }) @IsCalendarDate({ message: '生效日期格式应为 YYYY-MM-DD' }) effectiveOn: string;
    @ApiPropertyOptional({ format: 'uuid', description: '修订或废止所依据的文件（另一份已核发的公文）' }) @IsOptional() @IsUUID('all', { message: '依据文件 id 格式不正确' }) byDocumentId?: string;
    @ApiProperty({ description: '理由（文件清理意见）' }) @IsString() @MinLength(2, { message: '请填写理由（至少 2 个字）' }) @MaxLength(1000) reason: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace ExportCompilation {
  export class Request {
    @ApiProperty({ description: '年度（发文字号年度）' }) @Type(() => Number) @IsInt32({ message: '年度须为四位年份' }) @Min(1949) @Max(2200) year: number;
    @ApiPropertyOptional({ enum: OUTGOING_DOC_TYPES, description: '文种' }) @IsOptional() @IsIn(OUTGOING_DOC_TYPES, { message: '文种须为条例第八条规定的 15 种公文之一' }) docType?: OutgoingDocType;
  }
  export class Reply {
    @ApiProperty({ description: '文件名（中文）' }) filename: string;
    @ApiProperty({ description: '媒体类型' }) mediaType: string;
    @ApiProperty({ description: '行数（不含表头）' }) rows: number;
    @ApiProperty({ description: '.xlsx 内容（Base64）' }) contentBase64: string;
  }
}
