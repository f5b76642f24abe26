import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ProblemDetailsDoc } from '@gov/contracts-gateway';

/** The OpenAPI document of the whole platform (every service is reached through the gateway's routes). */
export function setupOpenApi(app: NestFastifyApplication): void {
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
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', yamlDocumentUrl: 'api/docs-yaml', customSiteTitle: '协同办公平台 API' });
}
