import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { ActOnFiling, CreateFiling, FilingSubjects, FilingView, GetFiling, ListFilings } from '@gov/contracts-document-secretariat';
import { Permissions } from '@gov/contracts-gateway';
import { RpcClient, validatePayload } from '@gov/platform';
import type { FastifyReply } from 'fastify';
import { Permission } from '../../http/access.decorators.js';
import { ApiBodyProblems, ApiServiceProblems } from '../../http/openapi.decorators.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { ArchiveLegalHttp, IDEMPOTENCY_KEY, IF_MATCH } from './archive-legal.http.js';

const FILING_READERS = [Permissions.legalAffairsManage, Permissions.documentsRead] as const;

/** 报备 (规范性文件备案) with the statutory due date and its explanation; the overdue list. */
@ApiTags('公文：报备')
@Controller('api/documents/filings')
export class FilingsController {
  private readonly http: ArchiveLegalHttp;

  constructor(rpc: RpcClient, idempotency: IdempotencyService) {
    this.http = new ArchiveLegalHttp(rpc, idempotency);
  }

  @Post()
  @Permission(Permissions.legalAffairsManage)
  @ApiOperation({ summary: '登记报备（已核发的文件；报备期限自公布日次日起算，按配置的期限由期限引擎计算并说明）' })
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiBody({ type: CreateFiling.Request })
  @ApiCreatedResponse({ type: FilingView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 409, 422)
  async create(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<FilingView> {
    const request = await validatePayload(CreateFiling.Request, body);
    return this.http.create('POST /api/documents/filings', FilingSubjects.create, body, request, key, caller, reply);
  }

  @Get()
  @Permission(...FILING_READERS)
  @ApiOperation({ summary: '报备列表（按状态筛选；overdue=true 为逾期未报备清单；按标题或文号模糊搜索）' })
  @ApiOkResponse({ type: ListFilings.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListFilings.Reply> {
    return this.http.read(FilingSubjects.list, await validatePayload(ListFilings.Request, query), caller);
  }

  @Get(':id')
  @Permission(...FILING_READERS)
  @ApiOperation({ summary: '报备详情（含期限计算过程；ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: FilingView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<FilingView> {
    return this.http.read(FilingSubjects.get, await validatePayload(GetFiling.Request, { id }), caller, reply);
  }

  @Post(':id/actions')
  @HttpCode(200)
  @Permission(Permissions.legalAffairsManage)
  @ApiOperation({ summary: '报备办理：报送、备案通过、退回、撤回；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: ActOnFiling.Body })
  @ApiOkResponse({ type: FilingView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 412, 422, 428)
  async act(
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<FilingView> {
    const fields = await validatePayload(ActOnFiling.Body, body);
    return this.http.change(FilingSubjects.act, id, fields, ifMatch, caller, reply);
  }
}
