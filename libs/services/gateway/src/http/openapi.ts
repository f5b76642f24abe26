import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import * as CommonContracts from '@gov/contracts-common';
import * as DisclosureContracts from '@gov/contracts-disclosure';
import * as DocumentSecretariatContracts from '@gov/contracts-document-secretariat';
import * as DutyAndMeetingsContracts from '@gov/contracts-duty-and-meetings';
import * as FacilitiesAndVehiclesContracts from '@gov/contracts-facilities-and-vehicles';
import * as ForeignAffairsContracts from '@gov/contracts-foreign-affairs';
import * as GatewayContracts from '@gov/contracts-gateway';
import * as InformationContracts from '@gov/contracts-information';
import * as PartyAffairsContracts from '@gov/contracts-party-affairs';
import * as PersonnelFinanceContracts from '@gov/contracts-personnel-finance';
import * as SupervisionContracts from '@gov/contracts-supervision';
import { ProblemDetailsDoc } from '@gov/contracts-gateway';
import { nameContractSchemas } from '@gov/contracts-common';
import { DATA_SOURCE } from '@gov/platform';
import type { DataSource } from 'typeorm';
import { SectionEntity } from '../modules/accounts/account.entity.js';
import { AccountsRepository } from '../modules/accounts/accounts.repository.js';
import { PERMISSION_EXTENSION } from '../routes/registrar.js';
import { serveSwaggerUi } from './swagger-ui.js';
import { serveAsyncApi } from './asyncapi.js';

/** Every contracts package the document's schemas come from. */
const CONTRACTS: Record<string, object> = {
  '@gov/contracts-common': CommonContracts,
  '@gov/contracts-gateway': GatewayContracts,
  '@gov/contracts-duty-and-meetings': DutyAndMeetingsContracts,
  '@gov/contracts-document-secretariat': DocumentSecretariatContracts,
  '@gov/contracts-supervision': SupervisionContracts,
  '@gov/contracts-disclosure': DisclosureContracts,
  '@gov/contracts-information': InformationContracts,
  '@gov/contracts-personnel-finance': PersonnelFinanceContracts,
  '@gov/contracts-facilities-and-vehicles': FacilitiesAndVehiclesContracts,
  '@gov/contracts-foreign-affairs': ForeignAffairsContracts,
  '@gov/contracts-party-affairs': PartyAffairsContracts,
};

const ROLE_NAMES: Record<string, string> = {
  sys_admin: '系统管理员',
  sec_admin: '安全保密管理员',
  audit_admin: '安全审计员',
  district_leader: '区政府领导',
  office_leader: '办公室领导',
  section_chief: '科室负责人',
  section_staff: '科室工作人员',
  unit_liaison: '单位联络员',
};

interface QueryParameter {
  name: string;
  in: string;
  description?: string;
  schema?: { enum?: unknown[]; type?: string };
}

const QUERY_WORDS: Record<string, string> = {
  q: '中文模糊搜索',
  status: '状态',
  year: '年度',
  unitId: '单位 id',
  kind: '种类',
  from: '起始日期',
  to: '截止日期',
  sourceId: '来源 id',
  light: '灯色',
};

/** A query parameter whose contract field has no description gets one in Chinese: what it filters on, and its values. */
function describedQueryParameter(parameter: QueryParameter): QueryParameter {
  if (parameter.in !== 'query' || parameter.description) return parameter;
  const values = parameter.schema?.enum?.length ? `，取值：${parameter.schema.enum.join('、')}` : '';
  return { ...parameter, description: `按${QUERY_WORDS[parameter.name] ?? ` ${parameter.name} `}筛选${values}` };
}

/** Who holds a permission: roles by themselves, and roles within a section (科室), in Chinese. */
export type PermissionHolders = Map<string, string[]>;

async function loadPermissionHolders(app: NestFastifyApplication): Promise<PermissionHolders> {
  const tables = await app.get(AccountsRepository).loadPermissionTables();
  const sections = await app.get<DataSource>(DATA_SOURCE).getRepository(SectionEntity).find({ order: { sortOrder: 'ASC' } });
  const sectionName = new Map(sections.map((section) => [section.code, section.name]));
  const holders: PermissionHolders = new Map();
  const add = (permission: string, who: string) => holders.set(permission, [...(holders.get(permission) ?? []), who]);
  for (const [role, permissions] of tables.byRole) for (const p of permissions) add(p, ROLE_NAMES[role] ?? role);
  const inSection: Record<string, string> = { section_chief: '负责人', section_staff: '工作人员' };
  for (const section of sections) {
    for (const role of Object.keys(ROLE_NAMES)) {
      for (const p of tables.bySectionRole.get(`${section.code}:${role}`) ?? []) add(p, `${sectionName.get(section.code) ?? section.code}${inSection[role] ?? ROLE_NAMES[role]}`);
    }
  }
  return holders;
}

/**
 * The document with each declared operation's holders: the roles and sections (科室) that hold its permission, in its
 * description and in `x-permission.holders`. The role and section tables are seeded by migrations, so they are read once.
 */
export function withPermissionHolders(document: OpenAPIObject, holders: PermissionHolders): OpenAPIObject {
  const paths: Record<string, unknown> = {};
  for (const [path, item] of Object.entries(document.paths)) {
    const operations: Record<string, unknown> = { ...item };
    for (const [method, operation] of Object.entries(item)) {
      const declared = (operation as Record<string, unknown> | undefined)?.[PERMISSION_EXTENSION] as { anyOf: string[] } | undefined;
      if (!declared) continue;
      const who = [...new Set(declared.anyOf.flatMap((p) => holders.get(p) ?? []))];
      const sentence = `持有该权限的角色与科室：${who.length ? who.join('、') : '无'}。`;
      const description = (operation as { description?: string }).description;
      const parameters = ((operation as { parameters?: QueryParameter[] }).parameters ?? []).map(describedQueryParameter);
      operations[method] = { ...operation, parameters, description: [description, sentence].filter(Boolean).join('\n\n'), [PERMISSION_EXTENSION]: { ...declared, holders: who } };
    }
    paths[path] = operations;
  }
  return { ...document, paths } as OpenAPIObject;
}

/** The OpenAPI document of the whole platform (every service is reached through the gateway's routes). */
export function setupOpenApi(app: NestFastifyApplication): void {
  nameContractSchemas(CONTRACTS);
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
  let patched: Promise<OpenAPIObject> | undefined;
  const patch = () => {
    patched ??= loadPermissionHolders(app).then((holders) => withPermissionHolders(document, holders));
    patched.catch(() => (patched = undefined)); // a database hiccup: try again on the next request
    return patched;
  };
  SwaggerModule.setup('api/docs', app, document, {
    ui: false,
    raw: ['json', 'yaml'],
    jsonDocumentUrl: 'api/docs-json',
    yamlDocumentUrl: 'api/docs-yaml',
    patchDocumentOnRequest: () => patch(),
  });
  serveSwaggerUi(app.getHttpAdapter().getInstance(), '/api/docs', '/api/docs-json', '协同办公平台 API');
  serveAsyncApi(app.getHttpAdapter().getInstance());
}
