import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageMeta, PageQuery } from '@gov/contracts-common';

export const AUDIT_OUTCOMES = ['success', 'failure'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export class AuditEventView {
  @ApiProperty({ description: '链上序号' }) seq: number;
  @ApiProperty() id: string;
  @ApiProperty({ description: '发生时间（ISO 8601）' }) occurredAt: string;
  @ApiPropertyOptional({ description: '操作人 ID' }) actorId: string | null;
  @ApiPropertyOptional({ description: '操作人用户名（登录失败时为所填用户名）' }) actorUsername: string | null;
  @ApiProperty({ description: '动作：登录为 auth.login，写操作为「方法 路由」', example: 'POST /api/units' }) action: string;
  @ApiPropertyOptional({ description: '操作对象 ID' }) targetId: string | null;
  @ApiProperty({ enum: AUDIT_OUTCOMES }) outcome: AuditOutcome;
  @ApiProperty({ description: 'HTTP 状态码' }) statusCode: number;
  @ApiPropertyOptional({ description: '原因（如 bad_password、locked）' }) reason: string | null;
  @ApiPropertyOptional({ description: '来源地址' }) ip: string | null;
  @ApiPropertyOptional({ description: '请求 ID' }) requestId: string | null;
  @ApiProperty({ description: '上一条的哈希' }) prevHash: string;
  @ApiProperty({ description: '本条哈希 = sha256(上一条哈希 || 本条规范化 JSON)' }) hash: string;
}

export namespace ListAuditEvents {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ description: '操作人用户名' }) @IsOptional() @IsString() @MaxLength(64) actor?: string;
    @ApiPropertyOptional({ description: '动作（前缀匹配），如 auth.login 或 POST /api/units' }) @IsOptional() @IsString() @MaxLength(200) action?: string;
    @ApiPropertyOptional({ description: '起始时间（含，ISO 8601）' }) @IsOptional() @IsISO8601() from?: string;
    @ApiPropertyOptional({ description: '截止时间（不含，ISO 8601）' }) @IsOptional() @IsISO8601() to?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [AuditEventView] }) items: AuditEventView[];
  }
}

export namespace VerifyAuditChain {
  export class Reply {
    @ApiProperty({ description: '哈希链是否完整' }) ok: boolean;
    @ApiProperty({ description: '已校验条数' }) checked: number;
    @ApiPropertyOptional({ description: '第一条断链记录的序号' }) firstBrokenSeq: number | null;
    @ApiPropertyOptional({ description: '第一条断链记录的 ID' }) firstBrokenId: string | null;
    @ApiPropertyOptional({ description: '断链原因' }) reason: string | null;
  }
}
