import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { Permissions } from '@gov/contracts-gateway';
import {
  AdjustAssessment,
  AssessmentAdjustmentView,
  AssessmentFinalResultView,
  AssessmentPeriodView,
  AssessmentSubjects,
  CreateAssessmentPeriod,
  FinalizeAssessment,
  GetAssessmentFinalResult,
  GetAssessmentResults,
  ListAssessmentPeriods,
} from '@gov/contracts-supervision';
import { RpcClient, validatePayload } from '@gov/platform';
import type { FastifyReply } from 'fastify';
import { Permission } from '../../http/access.decorators.js';
import { ApiServiceProblems } from '../../http/openapi.decorators.js';
import { uuidParam } from '../../http/params.js';
import { changeVersioned, createOnce, createUnversionedOnce, type RecordRouteDeps, withEtag } from '../../http/record-routes.js';
import { ApiCreateOnce, ApiVersionedChange } from '../../http/record-routes.decorators.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';

const SERVICE = 'supervision';
const READERS = [Permissions.assessmentRead, Permissions.assessmentManage] as const;

/** 考核: periods, adjustments and the ranked result of towns, streets, the development zone and departments. */
@ApiTags('重点工作考核')
@Controller('api/supervision/assessment')
export class AssessmentController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
  ) {}

  @Get('periods')
  @Permission(...READERS)
  @ApiOperation({ summary: '考核期列表' })
  @ApiOkResponse({ type: ListAssessmentPeriods.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListAssessmentPeriods.Reply> {
    return this.rpc.call(SERVICE, AssessmentSubjects.listPeriods, await validatePayload(ListAssessmentPeriods.Request, query), caller);
  }

  @Post('periods')
  @Permission(Permissions.assessmentManage)
  @ApiOperation({ summary: '新建考核期（指标权重默认取当日有效设置，本期保留所用权重）' })
  @ApiCreateOnce({ body: CreateAssessmentPeriod.Request, answer: AssessmentPeriodView })
  async create(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<AssessmentPeriodView> {
    const request = await validatePayload(CreateAssessmentPeriod.Request, body);
    return createOnce<AssessmentPeriodView>(this, SERVICE, 'POST /api/supervision/assessment/periods', AssessmentSubjects.createPeriod, request, body, key, caller, reply);
  }

  @Post('periods/:periodId/adjustments')
  @Permission(Permissions.assessmentManage)
  @ApiOperation({ summary: '加减分（写明理由，记录经办人）' })
  @ApiParam({ name: 'periodId', format: 'uuid' })
  @ApiCreateOnce({ body: AdjustAssessment.Body, answer: AssessmentAdjustmentView, problems: [404] })
  async adjust(@Param('periodId') periodId: string, @Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<AssessmentAdjustmentView> {
    const request = { ...(await validatePayload(AdjustAssessment.Body, body)), periodId: await uuidParam(periodId) };
    return createUnversionedOnce<AssessmentAdjustmentView>(this, SERVICE, `POST /api/supervision/assessment/periods/${request.periodId}/adjustments`, AssessmentSubjects.adjust, request, body, key, caller, reply);
  }

  @Get('periods/:periodId/results')
  @Permission(...READERS)
  @ApiOperation({ summary: '考核结果排名（由各单位督办事项记录计分，加减分后排名）' })
  @ApiParam({ name: 'periodId', format: 'uuid' })
  @ApiOkResponse({ type: GetAssessmentResults.Reply })
  @ApiServiceProblems(404)
  async results(@Param('periodId') periodId: string, @Query() query: unknown, @Caller() caller: CallerContext): Promise<GetAssessmentResults.Reply> {
    const request = await validatePayload(GetAssessmentResults.Request, { ...(query as object), periodId });
    return this.rpc.call(SERVICE, AssessmentSubjects.results, request, caller);
  }

  @Post('periods/:id/finalize')
  @HttpCode(200)
  @Permission(Permissions.assessmentManage)
  @ApiOperation({ summary: '考核结果定稿（保存各单位得分和名次，之后不再变化，不能再加减分）；须带 If-Match' })
  @ApiVersionedChange({ body: FinalizeAssessment.Body, answer: AssessmentFinalResultView, problems: [404, 409] })
  async finalize(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<AssessmentFinalResultView> {
    return changeVersioned(this.rpc, SERVICE, AssessmentSubjects.finalize, FinalizeAssessment.Request, id, await validatePayload(FinalizeAssessment.Body, body ?? {}), ifMatch, caller, reply);
  }

  @Get('periods/:periodId/final')
  @Permission(...READERS)
  @ApiOperation({ summary: '已定稿的考核结果' })
  @ApiParam({ name: 'periodId', format: 'uuid' })
  @ApiOkResponse({ type: GetAssessmentFinalResult.Reply })
  @ApiServiceProblems(404)
  async finalResult(@Param('periodId') periodId: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<AssessmentFinalResultView> {
    const request = await validatePayload(GetAssessmentFinalResult.Request, { periodId });
    return withEtag(reply, await this.rpc.call<AssessmentFinalResultView>(SERVICE, AssessmentSubjects.finalResult, request, caller));
  }
}
