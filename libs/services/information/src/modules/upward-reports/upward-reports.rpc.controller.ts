import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CreateInfoUpwardReport, GetInfoUpwardReport, InfoUpwardReportSubjects, ListInfoUpwardReports, RecordInfoUpwardFeedback, WithdrawInfoUpwardReport } from '@gov/contracts-information';
import { Caller, RpcPattern } from '@gov/platform';
import { UpwardReportsService } from './upward-reports.service.js';

@Controller()
export class UpwardReportsRpcController {
  constructor(private readonly reports: UpwardReportsService) {}

  @RpcPattern(InfoUpwardReportSubjects.create, CreateInfoUpwardReport.Request)
  create(@Payload() request: CreateInfoUpwardReport.Request, @Caller() caller: CallerContext): Promise<CreateInfoUpwardReport.Reply> {
    return this.reports.create(request, caller);
  }

  @RpcPattern(InfoUpwardReportSubjects.feedback, RecordInfoUpwardFeedback.Request)
  feedback(@Payload() request: RecordInfoUpwardFeedback.Request, @Caller() caller: CallerContext): Promise<RecordInfoUpwardFeedback.Reply> {
    return this.reports.feedback(request, caller);
  }

  @RpcPattern(InfoUpwardReportSubjects.withdraw, WithdrawInfoUpwardReport.Request)
  withdraw(@Payload() request: WithdrawInfoUpwardReport.Request, @Caller() caller: CallerContext): Promise<WithdrawInfoUpwardReport.Reply> {
    return this.reports.withdraw(request, caller);
  }

  @RpcPattern(InfoUpwardReportSubjects.get, GetInfoUpwardReport.Request)
  get(@Payload() request: GetInfoUpwardReport.Request, @Caller() caller: CallerContext): Promise<GetInfoUpwardReport.Reply> {
    return this.reports.get(request.id, caller);
  }

  @RpcPattern(InfoUpwardReportSubjects.list, ListInfoUpwardReports.Request)
  list(@Payload() request: ListInfoUpwardReports.Request, @Caller() caller: CallerContext): Promise<ListInfoUpwardReports.Reply> {
    return this.reports.list(request, caller);
  }
}
