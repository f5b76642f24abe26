import { Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import { CalendarSubjects, ComputeDeadline, GetCalendarYear, ListCalendarYears, PutCalendarYear } from '@gov/contracts-duty-and-meetings';
import { RpcHandler } from '@gov/platform';
import { CalendarService } from './calendar.service.js';

@Injectable()
export class CalendarRpcController {
  constructor(private readonly calendar: CalendarService) {}

  @RpcHandler(CalendarSubjects.listYears, ListCalendarYears.Request)
  listYears(): Promise<ListCalendarYears.Reply> {
    return this.calendar.listYears();
  }

  @RpcHandler(CalendarSubjects.getYear, GetCalendarYear.Request)
  getYear(request: GetCalendarYear.Request): Promise<GetCalendarYear.Reply> {
    return this.calendar.getYear(request.year);
  }

  @RpcHandler(CalendarSubjects.putYear, PutCalendarYear.Request)
  putYear(request: PutCalendarYear.Request, caller: CallerContext): Promise<PutCalendarYear.Reply> {
    return this.calendar.putYear(request, caller);
  }

  @RpcHandler(CalendarSubjects.computeDeadline, ComputeDeadline.Request)
  computeDeadline(request: ComputeDeadline.Request): Promise<ComputeDeadline.Reply> {
    return this.calendar.computeDeadline(request);
  }
}
