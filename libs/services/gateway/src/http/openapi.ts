import { ApiSchema, DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import * as CommonContracts from '@gov/contracts-common';
import * as DocumentSecretariatContracts from '@gov/contracts-document-secretariat';
import * as DutyAndMeetingsContracts from '@gov/contracts-duty-and-meetings';
import * as GatewayContracts from '@gov/contracts-gateway';
import * as SupervisionContracts from '@gov/contracts-supervision';
import { ProblemDetailsDoc } from '@gov/contracts-gateway';
import { serveSwaggerUi } from './swagger-ui.js';

const named = new WeakSet<object>();

/**
 * Contracts group a message's classes in a namespace (`CreateUnit.Request`, `Login.Reply`), so many classes
 * share a name; the document names each schema after its namespace (`CreateUnitRequest`) so none collide.
 */
function nameNamespacedSchemas(...contractModules: object[]): void {
  for (const contracts of contractModules) {
    for (const [namespace, value] of Object.entries(contracts)) {
      if (!value || typeof value !== 'object') continue;
      for (const [name, member] of Object.entries(value as Record<string, unknown>)) {
        if (typeof member !== 'function' || !/^[A-Z]/.test(name) || named.has(member)) continue;
        ApiSchema({ name: `${namespace}${name}` })(member);
        named.add(member);
      }
    }
  }
}

/** The OpenAPI document of the whole platform (every service is reached through the gateway's routes). */
export function setupOpenApi(app: NestFastifyApplication): void {
  nameNamespacedSchemas(CommonContracts, DutyAndMeetingsContracts, DocumentSecretariatContracts, SupervisionContracts, GatewayContracts);
  const config = new DocumentBuilder()
    .setTitle('区政府办公室协同办公平台 API')
    .setDescription(
      [
        '平台唯一的 HTTP 入口。登录后以 `Authorization: Bearer <访问令牌>` 调用；访问令牌 15 分钟有效，用刷新令牌换新（每个刷新令牌只能用一次）。',
        '所有错误均为 RFC 9457 `application/problem+json`：稳定的 `code`、中文 `title`/`detail`、字段级 `errors[]` 和 `requestId`。',
        '可修改的记录返回 `ETag`，修改时须带 `If-Match`；新建时可带 `Idempotency-Key`。',
      ].join('\n\n'),
    )
    .setVersion('1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ProblemDetailsDoc] });
  SwaggerModule.setup('api/docs', app, document, { ui: false, raw: ['json', 'yaml'], jsonDocumentUrl: 'api/docs-json', yamlDocumentUrl: 'api/docs-yaml' });
  serveSwaggerUi(app.getHttpAdapter().getInstance(), '/api/docs', '/api/docs-json', '协同办公平台 API');
}
