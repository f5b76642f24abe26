import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateBy, ValidateIf, type ValidationArguments } from 'class-validator';
import { IsInt32, PageMeta, PageQuery, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';

/**
 * What every record of document-secretariat shares: its 密级 (0 非密, 1 秘密, 2 机密, 3 绝密 — the same scale as a user's
 * clearance), the kinds of records the registry indexes for search, stored files with their content hash, and the timeline.
 */

/** 密级 on the clearance scale. A user sees a record only when clearance ≥ secrecyLevel (lists, by id and in search). */
export const SECRECY_LEVELS = [0, 1, 2, 3] as const;
export type SecrecyLevel = (typeof SECRECY_LEVELS)[number];
export const SECRECY_LABELS: Record<SecrecyLevel, string> = { 0: '非密', 1: '秘密', 2: '机密', 3: '绝密' };

/** 紧急程度 (条例第九条): 特急、加急; telegrams also 特提、平急. */
export const URGENCY_LEVELS = ['normal', 'urgent', 'very_urgent', 'extra_urgent_telegram', 'ordinary_telegram'] as const;
export type UrgencyLevel = (typeof URGENCY_LEVELS)[number];
export const URGENCY_LABELS: Record<UrgencyLevel, string> = {
  normal: '一般',
  urgent: '加急',
  very_urgent: '特急',
  extra_urgent_telegram: '特提',
  ordinary_telegram: '平急',
};

/** The kinds of records indexed by the registry (search across everything the caller may see). */
export const RECORD_KINDS = [
  'incoming',
  'request',
  'instruction',
  'outgoing',
  'seal_request',
  'seal',
  'archive_item',
  'major_decision',
  'decision_catalogue',
  'research_topic',
  'agreement_review',
  'filing',
  'gazette_issue',
  'drafting',
  'confidential_delivery',
  'archive_handover',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export const RECORD_KIND_LABELS: Record<RecordKind, string> = {
  incoming: '收文',
  request: '请示',
  instruction: '领导批示',
  outgoing: '发文',
  seal_request: '用印申请',
  seal: '印章',
  archive_item: '归档文件',
  major_decision: '重大行政决策',
  decision_catalogue: '重大行政决策事项目录',
  research_topic: '调研课题',
  agreement_review: '合作协议审核',
  filing: '报备',
  gazette_issue: '政府公报',
  drafting: '文稿起草',
  confidential_delivery: '机要递送',
  archive_handover: '档案移交',
};

export const CommonDocumentErrors = {
  notFound: { kind: 'not_found', code: 'DOCUMENT.NOT_FOUND', title: '记录不存在或无权查看' },
  forbidden: { kind: 'forbidden', code: 'DOCUMENT.FORBIDDEN', title: '无权进行此操作' },
  versionConflict: { kind: 'precondition_failed', code: 'DOCUMENT.VERSION_CONFLICT', title: '记录已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'DOCUMENT.INVALID_STATE', title: '当前状态不允许此操作' },
  fileNotFound: { kind: 'not_found', code: 'FILE.NOT_FOUND', title: '文件不存在或无权查看' },
  fileHashMismatch: { kind: 'validation', code: 'FILE.HASH_MISMATCH', title: '文件内容与所给摘要不符' },
  fileTooLarge: { kind: 'payload_too_large', code: 'FILE.TOO_LARGE', title: '文件过大' },
  versionNotFound: { kind: 'not_found', code: 'DOCUMENT.BODY_VERSION_NOT_FOUND', title: '正文版本不存在' },
  unknownUnit: { kind: 'validation', code: 'DOCUMENT.UNKNOWN_UNIT', title: '单位不在单位通讯录中' },
  secrecyAboveClearance: { kind: 'forbidden', code: 'DOCUMENT.SECRECY_ABOVE_CLEARANCE', title: '密级高于本人涉密等级' },
} as const;

/**
 * The longest 保密期限 per 密级, in years, unless another rule provides otherwise: 绝密 30, 机密 20, 秘密 10
 * (《中华人民共和国保守国家秘密法》（2024年修订）“保密期限”条：除另有规定外，绝密级不超过三十年，机密级不超过二十年，秘密级不超过十年).
 */
export const SECRECY_PERIOD_MAX_YEARS: Record<1 | 2 | 3, number> = { 1: 10, 2: 20, 3: 30 };
const SECRECY_LEVEL_NAMES: Record<1 | 2 | 3, string> = { 1: '秘密级', 2: '机密级', 3: '绝密级' };

/**
 * What is wrong with a record's 保密期限 for its 密级, or null. A classified record always carries one (GB/T 9704-2012
 * 7.2.3: 密级和保密期限 are marked together, e.g. “机密★10年”): a number of years or months within its level's maximum,
 * or the 解密时间/解密条件 written out (it contains “解密”). A 非密 record carries none.
 */
export function secrecyPeriodProblem(level: number | undefined, period: string | null | undefined): string | null {
  const text = period?.trim() ?? '';
  if (text.length > 40) return '保密期限不超过 40 个字';
  if (level === 0) return text ? '非密文件不标注保密期限' : null;
  if (!text) return level === undefined ? null : '涉密文件须同时标注保密期限（如“10年”“6个月”，或写明解密时间、解密条件）';
  const years = /^(\d{1,2})年$/.exec(text);
  const months = /^(\d{1,3})个月$/.exec(text);
  if (!years && !months && !text.includes('解密')) return '保密期限应写为“N年”“N个月”，或写明解密时间、解密条件';
  const inMonths = years ? Number(years[1]) * 12 : months ? Number(months[1]) : null;
  if (inMonths === 0) return '保密期限不能为 0';
  if (inMonths !== null && (level === 1 || level === 2 || level === 3) && inMonths > SECRECY_PERIOD_MAX_YEARS[level] * 12) {
    return `${SECRECY_LEVEL_NAMES[level]}事项的保密期限一般不超过 ${SECRECY_PERIOD_MAX_YEARS[level]} 年`;
  }
  return null;
}

/** Checks `secrecyPeriod` against the same object's `secrecyLevel` with {@link secrecyPeriodProblem}. */
function IsSecrecyPeriodForLevel(): PropertyDecorator {
  const problem = (args: ValidationArguments) =>
    args.value === undefined || args.value === null || typeof args.value === 'string' ? secrecyPeriodProblem((args.object as { secrecyLevel?: number }).secrecyLevel, args.value) : '保密期限应为文字';
  return ValidateBy({
    name: 'secrecyPeriodForLevel',
    validator: {
      validate: (_value: unknown, args?: ValidationArguments) => !args || problem(args) === null,
      defaultMessage: (args?: ValidationArguments) => (args && problem(args)) ?? '保密期限有误',
    },
  });
}

/** 密级, 保密期限 and 份号 of a record (条例第九条: a classified document carries a 份号). */
export class SecrecyFields {
  @ApiProperty({ description: '密级：0 非密，1 秘密，2 机密，3 绝密', enum: SECRECY_LEVELS })
  @IsIn(SECRECY_LEVELS, { message: '密级只能是 0（非密）、1（秘密）、2（机密）、3（绝密）' })
  secrecyLevel: SecrecyLevel;

  @ApiPropertyOptional({ description: '保密期限：涉密文件必填，如“10年”“6个月”，或写明解密时间、解密条件（绝密不超过 30 年，机密 20 年，秘密 10 年）', example: '10年' })
  @ValidateIf((o: { secrecyLevel?: number; secrecyPeriod?: string }) => o.secrecyLevel !== undefined || (o.secrecyPeriod !== undefined && o.secrecyPeriod !== null))
  @IsSecrecyPeriodForLevel()
  secrecyPeriod?: string;

  @ApiPropertyOptional({ description: '份号（涉密公文必填，6 位数字）', example: '000012' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: '份号应为 6 位阿拉伯数字' })
  copyNumber?: string;
}

// ---- Stored files (attachments and bodies): content-addressed, never replaced ----

export const MAX_FILE_BYTES = 700 * 1024;

export class StoredFileView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '文件名' }) filename: string;
  @ApiProperty({ description: '媒体类型' }) mediaType: string;
  @ApiProperty({ description: '字节数' }) size: number;
  @ApiProperty({ description: '内容的 SHA-256（十六进制）' }) sha256: string;
  @ApiProperty({ description: '密级' }) secrecyLevel: number;
  @ApiProperty() uploadedBy: string;
  @ApiProperty() uploadedAt: string;
}

/** A reference from a record to a stored file: the hash pins the content, so a file can never be swapped silently. */
export class FileRef {
  @ApiProperty({ format: 'uuid', description: '文件 id（先上传文件取得）' }) @IsUUID('all', { message: '文件 id 格式不正确' }) fileId: string;
  @ApiProperty({ description: '文件内容的 SHA-256，须与已上传文件一致' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'SHA-256 应为 64 位小写十六进制' })
  sha256: string;
}

export class FileRefView extends FileRef {
  @ApiProperty() filename: string;
  @ApiProperty() size: number;
}

export const FileSubjects = {
  upload: 'file.upload',
  get: 'file.get',
  content: 'file.content',
} as const;

export namespace UploadFile {
  export class Request {
    @ApiProperty({ description: '文件名', example: '附件1.pdf' }) @IsString() @MinLength(1) @MaxLength(200) filename: string;
    @ApiProperty({ description: '媒体类型', example: 'application/pdf' })
    @Matches(/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/i, { message: '媒体类型格式不正确' })
    mediaType: string;
    @ApiProperty({ description: '文件内容（Base64，最大 700 KiB）' }) @IsString() @MinLength(1) contentBase64: string;
    @ApiPropertyOptional({ description: '客户端计算的 SHA-256，若给出则须与内容一致' })
    @IsOptional()
    @Matches(/^[0-9a-f]{64}$/, { message: 'SHA-256 应为 64 位小写十六进制' })
    sha256?: string;
    @ApiPropertyOptional({ description: '密级（默认 0）', enum: SECRECY_LEVELS }) @IsOptional() @IsIn(SECRECY_LEVELS) secrecyLevel?: SecrecyLevel;
  }
  export class Reply extends StoredFileView {}
}

export namespace GetFile {
  export class Request {
    @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  }
  export class Reply extends StoredFileView {}
  export class ContentReply extends StoredFileView {
    @ApiProperty({ description: '文件内容（Base64）' }) contentBase64: string;
  }
}

// ---- Timeline: every step of every record, with who and when ----

export class TimelineEntryView {
  @ApiProperty({ description: '序号（同一记录内递增）' }) seq: number;
  @ApiProperty({ description: '动作代码', example: 'incoming.registered' }) action: string;
  @ApiProperty({ description: '动作（中文）', example: '登记' }) actionLabel: string;
  @ApiProperty({ description: '操作人用户名' }) actorUsername: string;
  @ApiProperty({ description: '操作人姓名' }) actorName: string;
  @ApiProperty({ description: '时间（ISO 8601）' }) at: string;
  @ApiPropertyOptional({ description: '说明' }) note?: string;
  @ApiProperty({ description: '细节', type: 'object', additionalProperties: true }) detail: Record<string, unknown>;
}

export const TimelineSubjects = { get: 'timeline.get' } as const;

export namespace GetTimeline {
  export class Request {
    @ApiProperty({ enum: RECORD_KINDS }) @IsIn(RECORD_KINDS) kind: RecordKind;
    @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  }
  export class Reply {
    @ApiProperty({ enum: RECORD_KINDS }) kind: RecordKind;
    @ApiProperty() id: string;
    @ApiProperty({ type: [TimelineEntryView] }) entries: TimelineEntryView[];
  }
}

// ---- Registry: one index of every record, for search across kinds ----

export class RecordSummaryView {
  @ApiProperty({ enum: RECORD_KINDS }) kind: RecordKind;
  @ApiProperty({ description: '类型（中文）' }) kindLabel: string;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiPropertyOptional({ description: '文号' }) docNumber?: string;
  @ApiProperty({ description: '密级' }) secrecyLevel: number;
  @ApiProperty({ description: '状态代码（各类记录状态机中的代码，如 issued）' }) status: string;
  @ApiProperty({ description: '状态（中文，如“已核发”）' }) statusLabel: string;
  @ApiProperty() updatedAt: string;
}

export const RegistrySubjects = { search: 'registry.search' } as const;

export namespace SearchRecords {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ description: '按标题或文号模糊搜索（支持中文）' }) @IsOptional() @IsString() @MaxLength(60) q?: string;
    @ApiPropertyOptional({ enum: RECORD_KINDS }) @IsOptional() @IsIn(RECORD_KINDS) kind?: RecordKind;
    @ApiPropertyOptional({ description: '年度' }) @IsOptional() @Type(() => Number) @IsInt32() @Min(1949) @Max(2200) year?: number;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [RecordSummaryView] }) items: RecordSummaryView[];
  }
}

// ---- Body versions: every save kept, diffable ----

export class BodyVersionSummary {
  @ApiProperty({ description: '版本号（从 1 起）' }) versionNo: number;
  @ApiProperty({ description: '正文的 SHA-256' }) sha256: string;
  @ApiProperty({ description: '字数' }) length: number;
  @ApiProperty() savedBy: string;
  @ApiProperty() savedByName: string;
  @ApiProperty() savedAt: string;
  @ApiPropertyOptional({ description: '保存说明' }) note?: string;
}

export class BodyVersionView extends BodyVersionSummary {
  @ApiProperty({ description: '正文' }) text: string;
}

export class DiffLineView {
  @ApiProperty({ enum: ['equal', 'delete', 'insert'], description: '相同、删除、新增' }) op: 'equal' | 'delete' | 'insert';
  @ApiProperty() text: string;
  @ApiPropertyOptional() oldLine?: number;
  @ApiPropertyOptional() newLine?: number;
}

export const BodyVersionSubjects = { list: 'body-version.list', get: 'body-version.get', diff: 'body-version.diff' } as const;

export namespace ListBodyVersions {
  export class Request {
    @ApiProperty({ enum: RECORD_KINDS }) @IsIn(RECORD_KINDS) kind: RecordKind;
    @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  }
  export class Reply {
    @ApiProperty({ type: [BodyVersionSummary] }) items: BodyVersionSummary[];
  }
}

export namespace GetBodyVersion {
  export class Request extends ListBodyVersions.Request {
    @ApiProperty() @IsInt32() @Min(1) versionNo: number;
  }
}

export namespace DiffBodyVersions {
  export class Request extends ListBodyVersions.Request {
    @ApiProperty({ description: '旧版本号' }) @Type(() => Number) @IsInt32() @Min(1) from: number;
    @ApiProperty({ description: '新版本号' }) @Type(() => Number) @IsInt32() @Min(1) to: number;
  }
  export class Reply {
    @ApiProperty() from: number;
    @ApiProperty() to: number;
    @ApiProperty({ type: [DiffLineView] }) lines: DiffLineView[];
  }
}
