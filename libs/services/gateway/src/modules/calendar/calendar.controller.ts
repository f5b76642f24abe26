import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { RpcClient, validatePayload } from '@gov/platform';
import { Permissions } from '@gov/contracts-gateway';
import { CalendarSubjects, ComputeDeadline, GetCalendarYear, ListCalendarYears, PutCalendarYear } from '@gov/contracts-duty-and-meetings';
import { Permission } from '../../http/access.decorators.js';
import { ApiBodyProblems, ApiServiceProblems } from '../../http/openapi.decorators.js';
import { numberParam } from '../../http/params.js';
import { Caller } from '../../http/request-meta.js';

const SERVICE = 'duty-and-meetings';

/** The working-day calendar (节假日与调休) and the deadline engine, kept by duty-and-meetings. */
@ApiTags('工作日历与期限')
@Controller('api/calendar')
export class CalendarController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('years')
  @Permission(Permissions.calendarRead, Permissions.calendarWrite)
  @ApiOperation({ summary: '已录入节假日安排的年度' })
  @ApiOkResponse({ type: ListCalendarYears.Reply })
  @ApiServiceProblems()
  listYears(@Caller() caller: CallerContext): Promise<ListCalendarYears.Reply> {
    return this.rpc.call(SERVICE, CalendarSubjects.listYears, {}, caller);
  }

  @Get('years/:year')
  @Permission(Permissions.calendarRead, Permissions.calendarWrite)
  @ApiOperation({ summary: '某年度的节假日和调休上班日' })
  @ApiParam({ name: 'year', example: 2026 })
  @ApiOkResponse({ type: GetCalendarYear.Reply })
  @ApiServiceProblems(404)
  async getYear(@Param('year') year: string, @Caller() caller: CallerContext): Promise<GetCalendarYear.Reply> {
    return this.rpc.call(SERVICE, CalendarSubjects.getYear, await validatePayload(GetCalendarYear.Request, { year: numberParam(year) }), caller);
  }

  @Put('years/:year')
  @Permission(Permissions.calendarWrite)
  @ApiOperation({ summary: '录入或修订某年度的节假日安排（系统管理员）', description: '修订会重新计算未到期的期限，并以事件通知各服务。' })
  @ApiParam({ name: 'year', example: 2027 })
  @ApiBody({ type: PutCalendarYear.Body })
  @ApiOkResponse({ type: PutCalendarYear.Reply })
  @ApiBodyProblems()
  @ApiServiceProblems(412, 422)
  async putYear(@Param('year') year: string, @Body() body: unknown, @Caller() caller: CallerContext): Promise<PutCalendarYear.Reply> {
    const fields = await validatePayload(PutCalendarYear.Body, body);
    const request = await validatePayload(PutCalendarYear.Request, { ...fields, year: numberParam(year) });
    return this.rpc.call(SERVICE, CalendarSubjects.putYear, request, caller);
  }

  @Post('deadlines')
  @HttpCode(200)
  @Permission(Permissions.calendarRead)
  @ApiOperation({ summary: '计算期限（含计算过程说明）', description: '工作日、自然日或月；可含暂停（补正、征求意见）与延期。所涉年度节假日未录入时结果为暂定。' })
  @ApiBody({ type: ComputeDeadline.Request })
  @ApiOkResponse({ type: ComputeDeadline.Reply })
  @ApiBodyProblems()
  @ApiServiceProblems(422)
  async computeDeadline(@Body() body: unknown, @Caller() caller: CallerContext): Promise<ComputeDeadline.Reply> {
    return this.rpc.call(SERVICE, CalendarSubjects.computeDeadline, await validatePayload(ComputeDeadline.Request, body), caller);
  }
}
