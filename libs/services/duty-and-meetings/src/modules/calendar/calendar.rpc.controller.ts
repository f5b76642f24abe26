import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CalendarSubjects, ComputeDeadline, GetCalendarYear, ListCalendarYears, PutCalendarYear } from '@gov/contracts-duty-and-meetings';
import { RpcPattern, Caller } from '@gov/platform';
import { CalendarService } from './calendar.service.js';

@Controller()
export class CalendarRpcController {
  constructor(private readonly calendar: CalendarService) {}

  @RpcPattern(CalendarSubjects.listYears, ListCalendarYears.Request)
  listYears(): Promise<ListCalendarYears.Reply> {
    return this.calendar.listYears();
  }

  @RpcPattern(CalendarSubjects.getYear, GetCalendarYear.Request)
  getYear(@Payload() request: GetCalendarYear.Request): Promise<GetCalendarYear.Reply> {
    return this.calendar.getYear(request.year);
  }

  @RpcPattern(CalendarSubjects.putYear, PutCalendarYear.Request)
  putYear(@Payload() request: PutCalendarYear.Request, @Caller() caller: CallerContext): Promise<PutCalendarYear.Reply> {
    return this.calendar.putYear(request, caller);
  }

  @RpcPattern(CalendarSubjects.computeDeadline, ComputeDeadline.Request)
  computeDeadline(@Payload() request: ComputeDeadline.Request): Promise<ComputeDeadline.Reply> {
    return this.calendar.computeDeadline(request);
  }
}
