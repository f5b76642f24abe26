import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ProblemDetailsDoc } from '@gov/contracts-gateway';

const DESCRIPTIONS: Record<number, string> = {
  400: '请求参数有误（errors 列出每个有误的字段）',
  401: '未登录或登录已失效',
  403: '无权执行此操作（missingPermission 为所缺的权限，requiredPermissions 为持有其一即可的全部权限）',
  404: '资源不存在',
  409: '冲突（如编码重复）',
  412: '记录已被他人修改（If-Match 版本不符）',
  413: '请求体超过大小限制',
  415: '请求体必须是 application/json',
  422: '不符合业务规则',
  428: '缺少 If-Match 请求头',
  429: '请求过于频繁（见 Retry-After）',
  503: '下游服务暂不可用',
  504: '下游服务响应超时',
};

/** Declares problem+json answers for the given statuses. */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDetailsDoc),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? '错误',
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDetailsDoc) } } },
      }),
    ),
  );
}

/** The errors a route that reaches a section service may answer. */
export function ApiServiceProblems(...extra: number[]): MethodDecorator {
  return ApiProblems(400, 503, 504, ...extra);
}

/** The errors a route with a JSON body may answer besides its own. */
export function ApiBodyProblems(): MethodDecorator {
  return ApiProblems(400, 413, 415);
}
