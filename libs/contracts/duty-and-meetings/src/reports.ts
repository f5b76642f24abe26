import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsOffsetDateTime, PageMeta, PageQuery, RecordRef, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';
import { DutyRecordMeta } from './duty.js';

/** 重要工作情况 / 工作报告. */
export const UPWARD_REPORT_KINDS = ['important_situation', 'work_report'] as const;
export type UpwardReportKind = (typeof UPWARD_REPORT_KINDS)[number];
export const UPWARD_REPORT_KIND_LABELS: Record<UpwardReportKind, string> = { important_situation: '重要工作情况', work_report: '工作报告' };

export const UpwardReportErrors = {
  notFound: { kind: 'not_found', code: 'UPWARD_REPORT.NOT_FOUND', title: '报送材料不存在' },
  entryNotFound: { kind: 'rule_violation', code: 'UPWARD_REPORT.ENTRY_NOT_FOUND', title: '所选值班信息不存在' },
  empty: { kind: 'validation', code: 'UPWARD_REPORT.EMPTY', title: '至少选择一条值班记录或紧急事项' },
} as const;

export const UpwardReportSubjects = {
  compile: 'report.compile',
  dispatch: 'report.dispatch',
  get: 'report.get',
  list: 'report.list',
} as const;

/** The text of a duty log entry or urgent matter as it was when the report was compiled. */
export class UpwardReportEntry {
  @ApiProperty({ enum: ['duty_log', 'urgent_matter'] }) sourceKind: 'duty_log' | 'urgent_matter';
  @ApiProperty({ format: 'uuid' }) sourceId: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: '时间（接报时间）' }) at: string;
  @ApiProperty({ description: '编入时的内容（快照）' }) text: string;
}

export class UpwardReportDispatchView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '报送对象' }) recipient: string;
  @ApiProperty({ description: '报送方式' }) channel: string;
  @ApiProperty({ description: '报送时间' }) sentAt: string;
  @ApiProperty({ description: '报送人' }) sentBy: string;
  @ApiPropertyOptional({ type: String, nullable: true }) note: string | null;
}

export class UpwardReportView extends DutyRecordMeta {
  @ApiProperty() title: string;
  @ApiProperty({ enum: UPWARD_REPORT_KINDS }) kind: UpwardReportKind;
  @ApiPropertyOptional({ description: '导语/综述', type: String, nullable: true }) intro: string | null;
  @ApiProperty({ type: [UpwardReportEntry] }) entries: UpwardReportEntry[];
  @ApiProperty({ description: '汇编正文（由条目生成）' }) body: string;
  @ApiProperty({ type: [UpwardReportDispatchView], description: '报送记录' }) dispatches: UpwardReportDispatchView[];
}

export namespace CompileUpwardReport {
  export class Request {
    @ApiProperty({ description: '标题' }) @IsString() @MinLength(2) @MaxLength(200) title: string;
    @ApiProperty({ enum: UPWARD_REPORT_KINDS }) @IsIn(UPWARD_REPORT_KINDS) kind: UpwardReportKind;
    @ApiPropertyOptional({ description: '导语/综述' }) @IsOptional() @IsString() @MaxLength(4000) intro?: string;
    @ApiProperty({ type: [String], description: '编入的值班记录' }) @IsArray() @ArrayMaxSize(100) @IsUUID('all', { each: true }) dutyLogIds: string[];
    @ApiProperty({ type: [String], description: '编入的紧急事项' }) @IsArray() @ArrayMaxSize(100) @IsUUID('all', { each: true }) urgentMatterIds: string[];
  }
  export class Reply extends UpwardReportView {}
}

export namespace DispatchUpwardReport {
  export class Body {
    @ApiProperty({ description: '报送对象', example: '市政府总值班室' }) @IsString() @MinLength(2) @MaxLength(100) recipient: string;
    @ApiProperty({ description: '报送方式', example: '传真' }) @IsString() @MinLength(1) @MaxLength(20) channel: string;
    @ApiProperty({ description: '报送时间（ISO 8601）' }) @IsOffsetDateTime() sentAt: string;
    @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) note?: string;
  }
  export class Request extends Body {
    @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  }
  export class Reply extends UpwardReportView {}
}

export namespace GetUpwardReport {
  export class Request extends RecordRef {}
  export class Reply extends UpwardReportView {}
}

export namespace ListUpwardReports {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: UPWARD_REPORT_KINDS }) @IsOptional() @IsIn(UPWARD_REPORT_KINDS) kind?: UpwardReportKind;
    @ApiPropertyOptional({ description: '按标题模糊搜索（支持中文）' }) @IsOptional() @IsString() @MaxLength(40) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [UpwardReportView] }) items: UpwardReportView[];
  }
}
