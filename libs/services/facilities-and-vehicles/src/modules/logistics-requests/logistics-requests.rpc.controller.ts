import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  AssignLogisticsRequest,
  CompleteLogisticsRequest,
  ConfirmLogisticsRequest,
  CreateLogisticsRequest,
  ExportLogisticsStatistics,
  GetLogisticsRequest,
  ListLogisticsRequests,
  ListLogisticsRules,
  LogisticsRequestSubjects,
  LogisticsStatistics,
  ReworkLogisticsRequest,
  SetLogisticsRule,
  WithdrawLogisticsRequest,
} from '@gov/contracts-facilities-and-vehicles';
import { Caller, RpcPattern } from '@gov/platform';
import { LogisticsRequestsService } from './logistics-requests.service.js';

@Controller()
export class LogisticsRequestsRpcController {
  constructor(private readonly requests: LogisticsRequestsService) {}

  @RpcPattern(LogisticsRequestSubjects.create, CreateLogisticsRequest.Request)
  create(@Payload() request: CreateLogisticsRequest.Request, @Caller() caller: CallerContext): Promise<CreateLogisticsRequest.Reply> {
    return this.requests.create(request, caller);
  }

  @RpcPattern(LogisticsRequestSubjects.assign, AssignLogisticsRequest.Request)
  assign(@Payload() request: AssignLogisticsRequest.Request, @Caller() caller: CallerContext): Promise<AssignLogisticsRequest.Reply> {
    return this.requests.assign(request, caller);
  }

  @RpcPattern(LogisticsRequestSubjects.complete, CompleteLogisticsRequest.Request)
  complete(@Payload() request: CompleteLogisticsRequest.Request, @Caller() caller: CallerContext): Promise<CompleteLogisticsRequest.Reply> {
    return this.requests.complete(request, caller);
  }

  @RpcPattern(LogisticsRequestSubjects.confirm, ConfirmLogisticsRequest.Request)
  confirm(@Payload() request: ConfirmLogisticsRequest.Request, @Caller() caller: CallerContext): Promise<ConfirmLogisticsRequest.Reply> {
    return this.requests.confirm(request, caller);
  }

  @RpcPattern(LogisticsRequestSubjects.rework, ReworkLogisticsRequest.Request)
  rework(@Payload() request: ReworkLogisticsRequest.Request, @Caller() caller: CallerContext): Promise<ReworkLogisticsRequest.Reply> {
    return this.requests.rework(request, caller);
  }

  @RpcPattern(LogisticsRequestSubjects.withdraw, WithdrawLogisticsRequest.Request)
  withdraw(@Payload() request: WithdrawLogisticsRequest.Request, @Caller() caller: CallerContext): Promise<WithdrawLogisticsRequest.Reply> {
    return this.requests.withdraw(request, caller);
  }

  @RpcPattern(LogisticsRequestSubjects.get, GetLogisticsRequest.Request)
  get(@Payload() request: GetLogisticsRequest.Request, @Caller() caller: CallerContext): Promise<GetLogisticsRequest.Reply> {
    return this.requests.get(request.id, caller);
  }

  @RpcPattern(LogisticsRequestSubjects.list, ListLogisticsRequests.Request)
  list(@Payload() request: ListLogisticsRequests.Request, @Caller() caller: CallerContext): Promise<ListLogisticsRequests.Reply> {
    return this.requests.list(request, caller);
  }

  @RpcPattern(LogisticsRequestSubjects.statistics, LogisticsStatistics.Request)
  statistics(@Payload() request: LogisticsStatistics.Request, @Caller() caller: CallerContext): Promise<LogisticsStatistics.Reply> {
    return this.requests.statistics(request, caller);
  }

  @RpcPattern(LogisticsRequestSubjects.exportStatistics, ExportLogisticsStatistics.Request)
  exportStatistics(@Payload() request: ExportLogisticsStatistics.Request, @Caller() caller: CallerContext): Promise<ExportLogisticsStatistics.Reply> {
    return this.requests.exportStatistics(request, caller);
  }

  @RpcPattern(LogisticsRequestSubjects.listRules, ListLogisticsRules.Request)
  listRules(@Payload() request: ListLogisticsRules.Request, @Caller() caller: CallerContext): Promise<ListLogisticsRules.Reply> {
    return this.requests.listRules(request, caller);
  }

  @RpcPattern(LogisticsRequestSubjects.setRule, SetLogisticsRule.Request)
  setRule(@Payload() request: SetLogisticsRule.Request, @Caller() caller: CallerContext): Promise<SetLogisticsRule.Reply> {
    return this.requests.setRule(request, caller);
  }
}
