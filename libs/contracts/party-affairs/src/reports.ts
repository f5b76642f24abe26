import { Type } from 'class-transformer';
import { IsUUID, Max, Min } from 'class-validator';
import { ApiProperty, IsInt32 } from '@gov/contracts-common';
import { LIFE_MEETING_KINDS, type LifeMeetingKind } from './life-meetings.js';
import { MEMBER_STAGES, type MemberStage } from './members.js';

class YearField {
  @ApiProperty({ description: '年度' })
  @Type(() => Number)
  @IsInt32({ message: 'year：须为年份' })
  @Min(2000, { message: 'year：年份有误' })
  @Max(2100, { message: 'year：年份有误' })
  year: number;
}

class BranchYearField extends YearField {
  @ApiProperty({ format: 'uuid', description: '党支部' })
  @IsUUID('all', { message: 'branchId：须为党支部 id' })
  branchId: string;
}

/** RPC subjects, under `rpc.party-affairs.`. */
export const ReportSubjects = {
  yearlySummary: 'report.yearly-summary',
  yearlySummaryXlsx: 'report.yearly-summary-xlsx',
  dengtaExport: 'report.dengta-export',
} as const;

export const ReportErrors = {
  branchUnknown: { kind: 'not_found', code: 'REPORT.BRANCH_UNKNOWN', title: '党支部不存在或无权查看' },
} as const;

/** Meetings of one kind held in the year against what the 条例 requires (the compliance rules' periods). */
export class SummaryMeetingLine {
  @ApiProperty({ enum: LIFE_MEETING_KINDS }) kind: LifeMeetingKind;
  @ApiProperty() label: string;
  @ApiProperty({ description: '频次要求' }) requirement: string;
  @ApiProperty({ description: '应开展的期数（已开始的期间，不含本届任期前的）' }) required: number;
  @ApiProperty({ description: '已开展的期数（期内至少 1 次）' }) met: number;
  @ApiProperty({ description: '全年召开次数' }) held: number;
}

export class SummaryCount {
  @ApiProperty({ description: '类别' }) key: string;
  @ApiProperty() label: string;
  @ApiProperty() count: number;
}

export class SummaryStageCount {
  @ApiProperty({ enum: MEMBER_STAGES }) stage: MemberStage;
  @ApiProperty() label: string;
  @ApiProperty() count: number;
}

export class SummaryDues {
  @ApiProperty({ description: '应交（分）' }) dueFen: number;
  @ApiProperty({ description: '实交（分）' }) paidFen: number;
  @ApiProperty({ description: '减免（分）' }) reducedFen: number;
  @ApiProperty({ description: '欠缴（分）' }) arrearsFen: number;
}

/** 支部年度工作总结（数据）: computed from the records of the year. */
export namespace YearlySummary {
  export class Request extends BranchYearField {}
  export class Reply {
    @ApiProperty() branchId: string;
    @ApiProperty() branchName: string;
    @ApiProperty() year: number;
    @ApiProperty({ description: '计算日期' }) asOf: string;
    @ApiProperty({ description: '组织生活频次配置版本及依据' }) configVersion: string;
    @ApiProperty() configSource: string;
    @ApiProperty({ type: [SummaryMeetingLine] }) meetings: SummaryMeetingLine[];
    @ApiProperty({ type: [SummaryStageCount], description: '年末各阶段人数（在册）' }) stages: SummaryStageCount[];
    @ApiProperty({ type: [SummaryCount], description: '当年发展党员各步骤办理数' }) developments: SummaryCount[];
    @ApiProperty({ type: [SummaryCount], description: '当年组织关系转接数（按类别）' }) transfers: SummaryCount[];
    @ApiProperty({ type: SummaryDues, description: '党费收缴（来自年度报表）' }) dues: SummaryDues;
  }
}

export class ReportFileReply {
  @ApiProperty({ description: '文件名（中文）' }) filename: string;
  @ApiProperty({ description: '媒体类型' }) mediaType: string;
  @ApiProperty({ description: '行数（不含表头）' }) rows: number;
  @ApiProperty({ description: '.xlsx 内容（Base64）' }) contentBase64: string;
}

export namespace YearlySummaryXlsx {
  export class Request extends BranchYearField {}
  export class Reply extends ReportFileReply {}
}

/**
 * 灯塔-党建在线 export: one .xlsx with the sheets 党组织信息, 党员信息 (身份证号 and 手机号 in full) and 组织生活记录 (of
 * the year), for the province's platform to import. A file only: no connection to the platform is made. Only the
 * 机关党总支's staff may export, and every export is recorded (who, when, counts).
 */
export namespace DengtaExport {
  export class Request extends YearField {}
  export class Reply extends ReportFileReply {}
}
