import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE } from './problem.js';

/**
 * What Fastify answers on its own, before any route runs (a path parameter longer than the router allows, a URL that is
 * not valid percent-encoding), as problem+json like every other error instead of Fastify's plain JSON.
 */
export function frameworkProblem(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const [status, code, title, detail] =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? [414, 'REQUEST.URI_TOO_LONG', '请求地址过长', '请求地址中的参数过长，请检查后重试']
      : error.code === 'FST_ERR_BAD_URL'
        ? [400, 'REQUEST.BAD_URL', '请求地址格式错误', '请求地址不是有效的 URL 编码，请检查后重试']
        : [500, 'SERVICE.INTERNAL_ERROR', '系统内部错误', '系统内部错误，请稍后重试或联系管理员'];
  const instance = (request.url ?? '').split('?')[0].slice(0, 200);
  void reply
    .code(status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify({ type: `urn:gov-office:problem:${code}`, title, status, detail, code, instance }));
}
