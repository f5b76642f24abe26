import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsOffsetDateTime, PageMeta, PageQuery, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';

/** `pending`: the intent of a write, recorded before the write is made; the row with its outcome follows (same request id). */
export const AUDIT_OUTCOMES = ['success', 'failure', 'pending'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export class AuditEventView {
  @ApiProperty({ description: '链上序号' }) seq: number;
  @ApiProperty() id: string;
  @ApiProperty({ description: '发生时间（ISO 8601）' }) occurredAt: string;
  @ApiPropertyOptional({ description: '操作人 ID', type: String, nullable: true }) actorId: string | null;
  @ApiPropertyOptional({ description: '操作人用户名（登录失败时为所填用户名）', type: String, nullable: true }) actorUsername: string | null;
  @ApiProperty({ description: '动作：登录为 auth.login，写操作及机密、绝密记录的读取为「方法 路由」', example: 'POST /api/units' }) action: string;
  @ApiPropertyOptional({ description: '操作对象 ID', type: String, nullable: true }) targetId: string | null;
  @ApiProperty({ enum: AUDIT_OUTCOMES }) outcome: AuditOutcome;
  @ApiProperty({ description: 'HTTP 状态码（操作意图记录为 0）' }) statusCode: number;
  @ApiPropertyOptional({ description: '原因（如 bad_password、locked；操作意图为 intent；机密以上读取为 classified_read:密级）', type: String, nullable: true }) reason: string | null;
  @ApiPropertyOptional({ description: '来源地址', type: String, nullable: true }) ip: string | null;
  @ApiPropertyOptional({ description: '请求 ID', type: String, nullable: true }) requestId: string | null;
  @ApiProperty({ description: '上一条的哈希' }) prevHash: string;
  @ApiProperty({ description: '本条哈希 = HMAC-SM3(链密钥, 上一条哈希 || 本条规范化 JSON)（启用密钥链之前的记录为 sha256）' }) hash: string;
}

export namespace ListAuditEvents {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ description: '操作人用户名' }) @IsOptional() @IsString() @MaxLength(64) actor?: string;
    @ApiPropertyOptional({ description: '动作（前缀匹配），如 auth.login 或 POST /api/units' }) @IsOptional() @IsString() @MaxLength(200) action?: string;
    @ApiPropertyOptional({ description: '起始时间（含，ISO 8601）' }) @IsOptional() @IsOffsetDateTime() from?: string;
    @ApiPropertyOptional({ description: '截止时间（不含，ISO 8601）' }) @IsOptional() @IsOffsetDateTime() to?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [AuditEventView] }) items: AuditEventView[];
  }
}

export namespace VerifyAuditChain {
  export class Reply {
    @ApiProperty({ description: '哈希链是否完整' }) ok: boolean;
    @ApiProperty({ description: '已校验条数' }) checked: number;
    @ApiPropertyOptional({ description: '第一条断链记录的序号', type: Number, nullable: true }) firstBrokenSeq: number | null;
    @ApiPropertyOptional({ description: '第一条断链记录的 ID', type: String, nullable: true }) firstBrokenId: string | null;
    @ApiPropertyOptional({ description: '断链原因', type: String, nullable: true }) reason: string | null;
  }
}
