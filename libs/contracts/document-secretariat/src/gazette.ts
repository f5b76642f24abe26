import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';
import { FileRef, FileRefView } from './common.js';

/**
 * 政府公报 (博山区人民政府公报): issues numbered per year without gaps (2026年第3期) — the number is given when an issue is
 * published, so an abandoned draft leaves no gap — whose contents are issued, 非密 outgoing documents picked by the editor
 * (checked through the registry: kind outgoing, status issued), each with a snapshot of its title and 文号 and the body file
 * the editor gives. Published issues are immutable. A document appears in at most one issue (no reprints): once it is in a
 * draft or published issue it cannot be added to another until it is removed from that draft or the draft is cancelled.
 */
export const GAZETTE_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type GazetteStatus = (typeof GAZETTE_STATUSES)[number];
export const GAZETTE_STATUS_LABELS: Record<GazetteStatus, string> = { draft: '编辑中', published: '已出版', cancelled: '已撤销' };

export const GazetteErrors = {
  notFound: { kind: 'not_found', code: 'GAZETTE.NOT_FOUND', title: '公报期次不存在或无权查看' },
  notIssued: { kind: 'rule_violation', code: 'GAZETTE.DOCUMENT_NOT_ISSUED', title: '只有已核发的发文才能刊登' },
  classified: { kind: 'rule_violation', code: 'GAZETTE.DOCUMENT_CLASSIFIED', title: '涉密文件不能在公报刊登' },
  alreadyInIssue: { kind: 'conflict', code: 'GAZETTE.DOCUMENT_ALREADY_IN_ISSUE', title: '该文件已编入公报' },
  notInIssue: { kind: 'not_found', code: 'GAZETTE.DOCUMENT_NOT_IN_ISSUE', title: '该文件不在本期公报中' },
  empty: { kind: 'rule_violation', code: 'GAZETTE.EMPTY_ISSUE', title: '公报没有内容，不能出版' },
} as const;

export class GazetteEntryView {
  @ApiProperty({ description: '顺序（从 1 起）' }) position: number;
  @ApiProperty({ format: 'uuid', description: '发文 id' }) documentId: string;
  @ApiProperty({ description: '标题（编入时的快照）' }) title: string;
  @ApiProperty({ description: '文号（编入时的快照）' }) docNumber: string;
  @ApiProperty({ type: FileRefView, description: '刊登的正文文件' }) body: FileRefView;
  @ApiProperty() addedBy: string;
  @ApiProperty() addedAt: string;
}

export class GazetteIssueView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '年度' }) year: number;
  @ApiPropertyOptional({ description: '期号（出版时按年连续编号）' }) issueNumber?: number;
  @ApiProperty({ description: '期次（中文）', example: '2026年第3期' }) label: string;
  @ApiPropertyOptional({ description: '编辑说明' }) note?: string;
  @ApiProperty({ enum: GAZETTE_STATUSES }) status: GazetteStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ type: [GazetteEntryView] }) entries: GazetteEntryView[];
  @ApiPropertyOptional({ description: '出版日期' }) publishedOn?: string;
  @ApiPropertyOptional() publishedBy?: string;
  @ApiPropertyOptional({ description: '撤销原因' }) cancelReason?: string;
  @ApiProperty() version: number;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedBy: string;
  @ApiProperty() updatedAt: string;
}

export const GazetteSubjects = {
  create: 'gazette.issue.create',
  get: 'gazette.issue.get',
  list: 'gazette.issue.list',
  addEntry: 'gazette.issue.add-entry',
  removeEntry: 'gazette.issue.remove-entry',
  publish: 'gazette.issue.publish',
  cancel: 'gazette.issue.cancel',
} as const;

/** Outbox events of the gazette; each carries the issue's view. */
export const GazetteEvents = {
  created: eventSubject('document-secretariat', 'gazette.issue.created'),
  changed: eventSubject('document-secretariat', 'gazette.issue.changed'),
  published: eventSubject('document-secretariat', 'gazette.issue.published'),
  cancelled: eventSubject('document-secretariat', 'gazette.issue.cancelled'),
} as const;

export namespace CreateGazetteIssue {
  export class Request {
    @ApiProperty({ description: '年度' }) @IsInt32({ message: '年度须为四位年份' }) @Min(1949) @Max(2200) year: number;
    @ApiPropertyOptional({ description: '编辑说明' }) @IsOptional() @IsString() @MaxLength(500) note?: string;
  }
}

export namespace GetGazetteIssue {
  export class Request extends RecordRef {}
}

export namespace ListGazetteIssues {
  export class Request extends PageQuery {
    @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt32() @Min(1949) @Max(2200) year?: number;
    @ApiPropertyOptional({ enum: GAZETTE_STATUSES }) @IsOptional() @IsIn(GAZETTE_STATUSES, { message: '状态不正确' }) status?: GazetteStatus;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [GazetteIssueView] }) items: GazetteIssueView[];
  }
}

export namespace AddGazetteEntry {
  export class Body {
    @ApiProperty({ format: 'uuid', description: '已核发的发文 id' }) @IsUUID('all', { message: '发文 id 格式不正确' }) documentId: string;
    @ApiProperty({ type: FileRef, description: '刊登的正文文件（先上传）' }) @IsDefined() @IsObject() @ValidateNested() @Type(() => FileRef) body: FileRef;
    @ApiPropertyOptional({ description: '插入位置（从 1 起，默认末尾）' }) @IsOptional() @IsInt32() @Min(1) @Max(500) position?: number;
  }
  export class Request extends Versioned(Body) {}
}

export namespace RemoveGazetteEntry {
  export class Body {
    @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: '发文 id 格式不正确' }) documentId: string;
    @ApiProperty({ description: '移出原因' }) @IsString() @MinLength(2, { message: '请填写移出原因' }) @MaxLength(300) reason: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace PublishGazetteIssue {
  export class Body {
    @ApiProperty({ description: '出版日期（YYYY-MM-DD）' }) @IsCalendarDate({ message: '出版日期格式应为 YYYY-MM-DD' }) publishedOn: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace CancelGazetteIssue {
  export class Body {
    @ApiProperty({ description: '撤销原因' }) @IsString() @MinLength(2, { message: '请填写撤销原因' }) @MaxLength(300) reason: string;
  }
  export class Request extends Versioned(Body) {}
}
