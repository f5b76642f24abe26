import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CreateReception, GetReception, ListReceptions, ReceptionSubjects, ScheduleReception, SummarizeReception, UpdateReception, WithdrawReception } from '@gov/contracts-foreign-affairs';
import { Caller, RpcPattern } from '@gov/platform';
import { ReceptionsService } from './receptions.service.js';

@Controller()
export class ReceptionsRpcController {
  constructor(private readonly receptions: ReceptionsService) {}

  @RpcPattern(ReceptionSubjects.create, CreateReception.Request)
  create(@Payload() request: CreateReception.Request, @Caller() caller: CallerContext): Promise<CreateReception.Reply> {
    return this.receptions.create(request, caller);
  }

  @RpcPattern(ReceptionSubjects.update, UpdateReception.Request)
  update(@Payload() request: UpdateReception.Request, @Caller() caller: CallerContext): Promise<UpdateReception.Reply> {
    return this.receptions.update(request, caller);
  }

  @RpcPattern(ReceptionSubjects.schedule, ScheduleReception.Request)
  schedule(@Payload() request: ScheduleReception.Request, @Caller() caller: CallerContext): Promise<ScheduleReception.Reply> {
    return this.receptions.schedule(request, caller);
  }

  @RpcPattern(ReceptionSubjects.summarize, SummarizeReception.Request)
  summarize(@Payload() request: SummarizeReception.Request, @Caller() caller: CallerContext): Promise<SummarizeReception.Reply> {
    return this.receptions.summarize(request, caller);
  }

  @RpcPattern(ReceptionSubjects.withdraw, WithdrawReception.Request)
  withdraw(@Payload() request: WithdrawReception.Request, @Caller() caller: CallerContext): Promise<WithdrawReception.Reply> {
    return this.receptions.withdraw(request, caller);
  }

  @RpcPattern(ReceptionSubjects.get, GetReception.Request)
  get(@Payload() request: GetReception.Request, @Caller() caller: CallerContext): Promise<GetReception.Reply> {
    return this.receptions.get(request.id, caller);
  }

  @RpcPattern(ReceptionSubjects.list, ListReceptions.Request)
  list(@Payload() request: ListReceptions.Request, @Caller() caller: CallerContext): Promise<ListReceptions.Reply> {
    return this.receptions.list(request, caller);
  }
}
