import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { RpcClient, validatePayload } from '@gov/platform';
import { Permissions } from '@gov/contracts-gateway';
import { CreateUnit, DeactivateUnit, GetUnit, ListUnits, UnitSubjects, UnitView, UpdateUnit } from '@gov/contracts-duty-and-meetings';
import type { FastifyReply } from 'fastify';
import { Permission } from '../../http/access.decorators.js';
import { ApiServiceProblems } from '../../http/openapi.decorators.js';
import { changeVersioned, createOnce, type RecordRouteDeps, withEtag } from '../../http/record-routes.js';
import { ApiCreateOnce, ApiVersionedChange } from '../../http/record-routes.decorators.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';

const SERVICE = 'duty-and-meetings';

/** The unit directory, owned by duty-and-meetings: the gateway validates, passes the caller, and adds ETag/If-Match and Idempotency-Key. */
@ApiTags('单位通讯录')
@Controller('api/units')
export class UnitsController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
  ) {}

  @Get()
  @Permission(Permissions.unitsRead)
  @ApiOperation({ summary: '单位列表（分页、筛选、中文模糊搜索）' })
  @ApiOkResponse({ type: ListUnits.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListUnits.Reply> {
    return this.rpc.call(SERVICE, UnitSubjects.list, await validatePayload(ListUnits.Request, query), caller);
  }

  @Get(':id')
  @Permission(Permissions.unitsRead)
  @ApiOperation({ summary: '单位详情（ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: UnitView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UnitView> {
    const request = await validatePayload(GetUnit.Request, { id });
    return withEtag(reply, await this.rpc.call<UnitView>(SERVICE, UnitSubjects.get, request, caller));
  }

  @Post()
  @Permission(Permissions.unitsWrite)
  @ApiOperation({ summary: '新建单位' })
  @ApiCreateOnce({ body: CreateUnit.Request, answer: UnitView, problems: [409, 422] })
  async create(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UnitView> {
    const request = await validatePayload(CreateUnit.Request, body);
    return createOnce<UnitView>(this, SERVICE, 'POST /api/units', UnitSubjects.create, request, body, key, caller, reply);
  }

  @Patch(':id')
  @Permission(Permissions.unitsWrite, Permissions.unitsWriteOwn)
  @ApiOperation({ summary: '修改单位', description: '只改所给字段；须带 If-Match。单位联络员只能修改本单位的联络人和值班电话（由服务校验）。' })
  @ApiVersionedChange({ body: UpdateUnit.Changes, answer: UnitView, problems: [404, 409, 422] })
  async update(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UnitView> {
    const changes = await validatePayload(UpdateUnit.Changes, body);
    return changeVersioned(this.rpc, SERVICE, UnitSubjects.update, UpdateUnit.Request, id, changes, ifMatch, caller, reply);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @Permission(Permissions.unitsWrite)
  @ApiOperation({ summary: '停用单位（不删除）；须带 If-Match' })
  @ApiVersionedChange({ body: DeactivateUnit.Body, answer: UnitView, problems: [404, 422] })
  async deactivate(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UnitView> {
    const fields = await validatePayload(DeactivateUnit.Body, body);
    return changeVersioned(this.rpc, SERVICE, UnitSubjects.deactivate, DeactivateUnit.Request, id, fields, ifMatch, caller, reply);
  }
}
