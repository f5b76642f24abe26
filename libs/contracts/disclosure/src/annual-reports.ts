import { Type } from 'class-transformer';
import { Max, Min } from 'class-validator';
import { ApiProperty, IsInt32 } from '@gov/contracts-common';

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
