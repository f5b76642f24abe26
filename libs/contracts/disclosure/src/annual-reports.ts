import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsInt32, Versioned, VersionedRef } from '@gov/contracts-common';

/**
 * 政府信息公开工作年度报告 (《政府信息公开条例》第四十九、五十条; format 国办公开办函〔2021〕30号): the 依申请公开 table and the
 * 复议/诉讼 table computed from the case records, with the cross-check 一 + 二 = 三 + 四 per applicant column.
 */

/** One row of the 依申请公开 table: one count per applicant column (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他) and the total. */
export class ReportRow {
  @ApiProperty({ description: '行号与名称' }) label: string;
  @ApiProperty({ description: '行代码：new 一、carried_in 二、group_<分类> 三的分类小计、<答复类型> 三的分项、total_handled 三（七）总计、carried_out 四' }) code: string;
  @ApiProperty({ type: [Number], description: '自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计' }) counts: number[];
}

export class CrossCheckOffender {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: '不平衡的原因' }) reason: string;
}

export class ChallengeRow {
  @ApiProperty({ description: '行政复议；行政诉讼（未经复议直接起诉）；行政诉讼（复议后起诉）' }) label: string;
  @ApiProperty({ description: '结果维持、结果纠正、其他结果、尚未审结、总计' }) upheld: number;
  @ApiProperty() corrected: number;
  @ApiProperty() other: number;
  @ApiProperty() pending: number;
  @ApiProperty() total: number;
}

export class AnnualReportView {
  @ApiProperty() year: number;
  @ApiProperty({ description: '计算时间' }) computedAt: string;
  @ApiProperty({ type: [String], description: '列名' }) columns: string[];
  @ApiProperty({ type: [ReportRow], description: '三、收到和处理政府信息公开申请情况' }) rows: ReportRow[];
  @ApiProperty({ description: '一 + 二 = 三 + 四 是否成立（每一列）' }) crossCheckHolds: boolean;
  @ApiProperty({ type: [CrossCheckOffender], description: '破坏勾稽关系的案件' }) offenders: CrossCheckOffender[];
  @ApiProperty({ type: [ChallengeRow], description: '四、政府信息公开行政复议、行政诉讼情况' }) challenges: ChallengeRow[];
  @ApiProperty({ description: '本年收取信息处理费（分）' }) feesFen: number;
  @ApiProperty({ description: '本机关年度报告公布期限（次年1月31日，第四十九条）' }) departmentDeadline: string;
  @ApiProperty({ description: '本级政府年度报告公布期限（次年3月31日，第四十九条）' }) governmentDeadline: string;
}

export const AnnualReportSubjects = {
  preview: 'annual-report.preview',
  exportXlsx: 'annual-report.export-xlsx',
} as const;

export const AnnualReportErrors = {
  invalidYear: { kind: 'rule_violation', code: 'ANNUAL_REPORT.INVALID_YEAR', title: '年度无效' },
} as const;

export namespace PreviewAnnualReport {
  export class Request {
    @ApiProperty({ description: '年度' })
    @Type(() => Number)
    @IsInt32({ message: 'year：须为四位年份' })
    @Min(2008, { message: 'year：不早于 2008 年' })
    @Max(2200, { message: 'year：不晚于 2200 年' })
    year: number;
  }
  export class Reply extends AnnualReportView {}
}

export namespace ExportAnnualReport {
  export class Request extends PreviewAnnualReport.Request {}
  export class Reply {
    @ApiProperty({ description: '文件名（中文）' }) filename: string;
    @ApiProperty({ description: '媒体类型' }) mediaType: string;
    @ApiProperty({ description: '.xlsx 内容（Base64）' }) contentBase64: string;
  }
}

// ---- The report as a record: the 主动公开 tables the section enters, the narrative sections, 定稿 and 更正 -----------------

/**
 * 第二部分 主动公开政府信息情况 (国办公开办函〔2021〕30号): the counts the section enters from the units' ledgers, each with
 * its source. The application table (第三部分) and the 复议诉讼 table (第四部分) are computed, never entered.
 */
export class DocumentCounts {
  @ApiProperty({ description: '本年制发件数' }) @Type(() => Number) @IsInt32({ message: '须为非负整数' }) @Min(0, { message: '须为非负整数' }) @Max(1_000_000, { message: '不超过 1000000' }) made: number;
  @ApiProperty({ description: '本年废止件数' }) @Type(() => Number) @IsInt32({ message: '须为非负整数' }) @Min(0, { message: '须为非负整数' }) @Max(1_000_000, { message: '不超过 1000000' }) repealed: number;
  @ApiProperty({ description: '现行有效件数' }) @Type(() => Number) @IsInt32({ message: '须为非负整数' }) @Min(0, { message: '须为非负整数' }) @Max(1_000_000, { message: '不超过 1000000' }) inForce: number;
  @ApiProperty({ description: '数据来源（台账、系统或报送单位）' }) @IsString({ message: '必须为文本' }) @MinLength(2, { message: '请注明数据来源（至少 2 个字）' }) @MaxLength(200, { message: '不超过 200 个字' }) source: string;
}

export class DecisionCount {
  @ApiProperty({ description: '本年处理决定数量' }) @Type(() => Number) @IsInt32({ message: '须为非负整数' }) @Min(0, { message: '须为非负整数' }) @Max(100_000_000, { message: '不超过 100000000' }) decisions: number;
  @ApiProperty({ description: '数据来源' }) @IsString({ message: '必须为文本' }) @MinLength(2, { message: '请注明数据来源（至少 2 个字）' }) @MaxLength(200, { message: '不超过 200 个字' }) source: string;
}

export class FeeAmount {
  @ApiProperty({ description: '本年收费金额（万元，两位小数）', example: 12.5 })
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }, { message: '须为不小于 0 的金额，最多两位小数（万元）' })
  @Min(0, { message: '金额不能为负数' })
  @Max(100_000_000, { message: '不超过 100000000 万元' })
  amountWanYuan: number;
  @ApiProperty({ description: '数据来源' }) @IsString({ message: '必须为文本' }) @MinLength(2, { message: '请注明数据来源（至少 2 个字）' }) @MaxLength(200, { message: '不超过 200 个字' }) source: string;
}

/** 第二部分 主动公开政府信息情况: 第二十条第（一）项 规章、规范性文件; 第（五）项 行政许可; 第（六）项 行政处罚、行政强制; 第（八）项 行政事业性收费. */
export class ActiveDisclosureTables {
  @ApiProperty({ type: DocumentCounts, description: '规章' }) @ValidateNested() @Type(() => DocumentCounts) @IsDefined({ message: '请填写规章情况' }) regulations: DocumentCounts;
  @ApiProperty({ type: DocumentCounts, description: '行政规范性文件' }) @ValidateNested() @Type(() => DocumentCounts) @IsDefined({ message: '请填写行政规范性文件情况' }) normativeDocuments: DocumentCounts;
  @ApiProperty({ type: DecisionCount, description: '行政许可' }) @ValidateNested() @Type(() => DecisionCount) @IsDefined({ message: '请填写行政许可情况' }) licensing: DecisionCount;
  @ApiProperty({ type: DecisionCount, description: '行政处罚' }) @ValidateNested() @Type(() => DecisionCount) @IsDefined({ message: '请填写行政处罚情况' }) penalties: DecisionCount;
  @ApiProperty({ type: DecisionCount, description: '行政强制' }) @ValidateNested() @Type(() => DecisionCount) @IsDefined({ message: '请填写行政强制情况' }) enforcement: DecisionCount;
  @ApiProperty({ type: FeeAmount, description: '行政事业性收费' }) @ValidateNested() @Type(() => FeeAmount) @IsDefined({ message: '请填写行政事业性收费情况' }) fees: FeeAmount;
}

/** The narrative sections (第一、五、六部分), editable until 定稿. */
export class ReportNarrative {
  @ApiProperty({ description: '一、总体情况' }) @IsString({ message: '必须为文本' }) @MaxLength(20000, { message: '不超过 20000 个字' }) overview: string;
  @ApiProperty({ description: '五、存在的主要问题及改进情况' }) @IsString({ message: '必须为文本' }) @MaxLength(20000, { message: '不超过 20000 个字' }) problems: string;
  @ApiProperty({ description: '六、其他需要报告的事项' }) @IsString({ message: '必须为文本' }) @MaxLength(20000, { message: '不超过 20000 个字' }) otherMatters: string;
}

export const ANNUAL_REPORT_STATUSES = ['draft', 'final'] as const;
export type AnnualReportStatus = (typeof ANNUAL_REPORT_STATUSES)[number];
export const ANNUAL_REPORT_STATUS_LABELS: Record<AnnualReportStatus, string> = { draft: '草稿', final: '已定稿' };
export const SNAPSHOT_KINDS = ['final', 'correction'] as const;
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];
export const SNAPSHOT_KIND_LABELS: Record<SnapshotKind, string> = { final: '定稿', correction: '更正' };

/** What a 定稿 or 更正 froze: the computed tables as they stood, the entered tables and the narrative. Never changed. */
export class AnnualReportSnapshotView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '第 n 版（1 为定稿，其后为更正）' }) edition: number;
  @ApiProperty({ enum: SNAPSHOT_KINDS }) kind: SnapshotKind;
  @ApiProperty({ description: '定稿 / 更正' }) kindLabel: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '更正理由' }) reason: string | null;
  @ApiProperty({ description: '报告标题' }) title: string;
  @ApiProperty({ type: AnnualReportView, description: '定稿时计算的依申请公开表、复议诉讼表、信息处理费' }) computed: AnnualReportView;
  @ApiProperty({ type: ActiveDisclosureTables }) tables: ActiveDisclosureTables;
  @ApiProperty({ type: ReportNarrative }) narrative: ReportNarrative;
  @ApiProperty() takenAt: string;
  @ApiProperty() takenBy: string;
}

/** One saved revision of the entered tables and narrative: who entered what, when. */
export class AnnualReportRevisionView {
  @ApiProperty({ description: '版本号' }) version: number;
  @ApiProperty({ description: '操作：录入、定稿、更正' }) action: string;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
  @ApiProperty() at: string;
  @ApiProperty() by: string;
}

export class AnnualReportRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() year: number;
  @ApiProperty({ description: '报告标题' }) title: string;
  @ApiProperty({ enum: ANNUAL_REPORT_STATUSES }) status: AnnualReportStatus;
  @ApiProperty({ description: '状态（中文）' }) statusLabel: string;
  @ApiPropertyOptional({ type: ActiveDisclosureTables, nullable: true, description: '主动公开情况（未录入为空）' }) tables: ActiveDisclosureTables | null;
  @ApiProperty({ type: ReportNarrative }) narrative: ReportNarrative;
  @ApiProperty({ type: [AnnualReportSnapshotView], description: '定稿及历次更正（新在后）' }) snapshots: AnnualReportSnapshotView[];
  @ApiProperty({ type: [AnnualReportRevisionView], description: '录入记录（新在后）' }) revisions: AnnualReportRevisionView[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const AnnualReportRecordErrors = {
  notFound: { kind: 'not_found', code: 'ANNUAL_REPORT.NOT_FOUND', title: '年度报告不存在' },
  exists: { kind: 'rule_violation', code: 'ANNUAL_REPORT.EXISTS', title: '该年度的年度报告已建立' },
  versionConflict: { kind: 'precondition_failed', code: 'ANNUAL_REPORT.VERSION_CONFLICT', title: '年度报告已被他人修改' },
  final: { kind: 'rule_violation', code: 'ANNUAL_REPORT.FINAL', title: '年度报告已定稿，不能修改（更正须另出更正版本并说明理由）' },
  notFinal: { kind: 'rule_violation', code: 'ANNUAL_REPORT.NOT_FINAL', title: '年度报告尚未定稿' },
  incomplete: { kind: 'rule_violation', code: 'ANNUAL_REPORT.INCOMPLETE', title: '年度报告内容不完整，不能定稿' },
  tables: { kind: 'rule_violation', code: 'ANNUAL_REPORT.TABLES', title: '主动公开情况数据不合理' },
  crossCheck: { kind: 'rule_violation', code: 'ANNUAL_REPORT.CROSS_CHECK', title: '勾稽关系 一+二=三+四 不成立，不能定稿' },
  fontsMissing: { kind: 'unavailable', code: 'ANNUAL_REPORT.FONTS_MISSING', title: '服务器未安装年度报告排版所需字体' },
} as const;

export const AnnualReportRecordSubjects = {
  create: 'annual-report.create',
  get: 'annual-report.get',
  saveContent: 'annual-report.save-content',
  finalise: 'annual-report.finalise',
  correct: 'annual-report.correct',
  pdf: 'annual-report.pdf',
} as const;

export namespace CreateAnnualReport {
  export class Request extends PreviewAnnualReport.Request {}
  export class Reply extends AnnualReportRecord {}
}

/** The year's report record, or null while the section has not started it. */
export class AnnualReportOfYear {
  @ApiProperty() year: number;
  @ApiPropertyOptional({ type: AnnualReportRecord, nullable: true, description: '尚未建立时为空' }) record: AnnualReportRecord | null;
}

export namespace GetAnnualReportRecord {
  export class Request extends PreviewAnnualReport.Request {}
  export class Reply extends AnnualReportOfYear {}
}

export namespace SaveAnnualReportContent {
  export class Body {
    @ApiPropertyOptional({ type: ActiveDisclosureTables, description: '主动公开情况（可稍后录入）' }) @IsOptional() @ValidateNested() @Type(() => ActiveDisclosureTables) tables?: ActiveDisclosureTables;
    @ApiProperty({ type: ReportNarrative }) @ValidateNested() @Type(() => ReportNarrative) @IsDefined({ message: '请填写报告正文各部分' }) narrative: ReportNarrative;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends AnnualReportRecord {}
}

export namespace FinaliseAnnualReport {
  export class Request extends VersionedRef {}
  export class Reply extends AnnualReportRecord {}
}

export namespace CorrectAnnualReport {
  export class Body {
    @ApiProperty({ description: '更正理由' }) @IsString({ message: '必须为文本' }) @MinLength(2, { message: '更正须说明理由（至少 2 个字）' }) @MaxLength(2000, { message: '不超过 2000 个字' }) reason: string;
    @ApiProperty({ type: ActiveDisclosureTables }) @ValidateNested() @Type(() => ActiveDisclosureTables) @IsDefined({ message: '请填写主动公开情况' }) tables: ActiveDisclosureTables;
    @ApiProperty({ type: ReportNarrative }) @ValidateNested() @Type(() => ReportNarrative) @IsDefined({ message: '请填写报告正文各部分' }) narrative: ReportNarrative;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends AnnualReportRecord {}
}

export namespace RenderAnnualReportPdf {
  export class Query {
    @ApiPropertyOptional({ description: '第 n 版（缺省为最新的定稿或更正版本）' })
    @IsOptional()
    @Type(() => Number)
    @IsInt32({ message: 'edition：须为正整数' })
    @Min(1, { message: 'edition：须为正整数' })
    edition?: number;
  }
  export class Request extends Query {
    @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: '年度报告 id 无效' }) id: string;
  }
  export class Reply {
    @ApiProperty({ description: '文件名（中文）' }) filename: string;
    @ApiProperty() mediaType: string;
    @ApiProperty({ description: '页数' }) pages: number;
    @ApiProperty({ description: '版次' }) edition: number;
    @ApiProperty({ type: [String], description: '字体替代' }) fontSubstitutions: string[];
    @ApiProperty({ description: 'PDF 内容（Base64）' }) contentBase64: string;
  }
}

/** What the events of one report carry. */
export class AnnualReportSnapshotEvent {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsInt32() year: number;
  @ApiProperty() @IsIn(ANNUAL_REPORT_STATUSES) status: AnnualReportStatus;
  @ApiProperty({ description: '最新版次（未定稿为 0）' }) @IsInt32() @Min(0) edition: number;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const AnnualReportEvents = {
  created: eventSubject('disclosure', 'annual-report.created'),
  updated: eventSubject('disclosure', 'annual-report.updated'),
  finalised: eventSubject('disclosure', 'annual-report.finalised'),
  corrected: eventSubject('disclosure', 'annual-report.corrected'),
} as const;

export const AnnualReportEventDescriptions = {
  'annual-report.created': { zh: '政府信息公开工作年度报告建立（草稿）', en: 'An annual disclosure report was started as a draft.' },
  'annual-report.updated': { zh: '年度报告的主动公开情况或正文被修改（定稿前）', en: 'The entered tables or narrative of a draft annual report were changed.' },
  'annual-report.finalised': { zh: '年度报告定稿（形成不可更改的定稿版本）', en: 'An annual disclosure report was finalised as an immutable snapshot.' },
  'annual-report.corrected': { zh: '已定稿的年度报告出更正版本（注明理由，原定稿版本保留）', en: 'A finalised annual report was corrected by a new edition with a reason; earlier editions kept.' },
} as const;

/** Published by disclosure on each step of an annual report; no consumer yet (a consumer keeps the newest version per id). */
export namespace AnnualReportChanged {
  export class Event extends AnnualReportSnapshotEvent {}
}
