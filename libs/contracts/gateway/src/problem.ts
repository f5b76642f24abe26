import { ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';
import type { FieldError, ProblemDetails } from '@gov/contracts-common';

export class FieldErrorDoc implements FieldError {
  @ApiProperty({ description: '字段路径', example: 'username' }) field: string;
  @ApiProperty({ description: '违反的约束', example: 'matches' }) code: string;
  @ApiProperty({ description: '中文说明', example: 'username：格式不正确' }) message: string;
}

/** RFC 9457 problem details: the body of every error answer (`application/problem+json`). */
export class ProblemDetailsDoc implements ProblemDetails {
  @ApiProperty({ description: '问题类型 URI', example: 'urn:gov-office:problem:REQUEST.VALIDATION_FAILED' }) type: string;
  @ApiProperty({ description: '标题（中文）', example: '请求参数有误' }) title: string;
  @ApiProperty({ description: 'HTTP 状态码', example: 400 }) status: number;
  @ApiProperty({ description: '说明（中文，告诉用户如何处理）', example: '共有 2 处参数有误，请修改后重试' }) detail: string;
  @ApiProperty({ description: '稳定的错误码，供程序判断', example: 'REQUEST.VALIDATION_FAILED' }) code: string;
  @ApiPropertyOptional({ description: '出错的请求路径', example: '/api/admin/users' }) instance?: string;
  @ApiPropertyOptional({ description: '请求 ID（与 x-request-id 响应头相同）' }) requestId?: string;
  @ApiPropertyOptional({ description: '字段级错误', type: [FieldErrorDoc] }) errors?: FieldErrorDoc[];
}
