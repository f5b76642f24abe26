import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CreateSalaryChange, GetSalaryChange, ListSalaryChanges, ListSalaryStepsDue, SalaryChangeSubjects, VoidSalaryChange } from '@gov/contracts-personnel-finance';
import { Caller, RpcPattern } from '@gov/platform';
import { SalaryChangesService } from './salary-changes.service.js';

@Controller()
export class SalaryChangesRpcController {
  constructor(private readonly salaryChanges: SalaryChangesService) {}

  @RpcPattern(SalaryChangeSubjects.create, CreateSalaryChange.Request)
  create(@Payload() request: CreateSalaryChange.Request, @Caller() caller: CallerContext): Promise<CreateSalaryChange.Reply> {
    return this.salaryChanges.create(request, caller);
  }

  @RpcPattern(SalaryChangeSubjects.void, VoidSalaryChange.Request)
  void(@Payload() request: VoidSalaryChange.Request, @Caller() caller: CallerContext): Promise<VoidSalaryChange.Reply> {
    return this.salaryChanges.void(request, caller);
  }

  @RpcPattern(SalaryChangeSubjects.get, GetSalaryChange.Request)
  get(@Payload() request: GetSalaryChange.Request, @Caller() caller: CallerContext): Promise<GetSalaryChange.Reply> {
    return this.salaryChanges.get(request.id, caller);
  }

  @RpcPattern(SalaryChangeSubjects.list, ListSalaryChanges.Request)
  list(@Payload() request: ListSalaryChanges.Request, @Caller() caller: CallerContext): Promise<ListSalaryChanges.Reply> {
    return this.salaryChanges.list(request, caller);
  }

  @RpcPattern(SalaryChangeSubjects.due, ListSalaryStepsDue.Request)
  due(@Payload() request: ListSalaryStepsDue.Request, @Caller() caller: CallerContext): Promise<ListSalaryStepsDue.Reply> {
    return this.salaryChanges.due(request, caller);
  }
}
