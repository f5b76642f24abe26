import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CreateVisitor, GetVisitor, LeaveVisitor, ListVisitors, VisitorSubjects, VoidVisitor } from '@gov/contracts-facilities-and-vehicles';
import { Caller, RpcPattern } from '@gov/platform';
import { VisitorsService } from './visitors.service.js';

@Controller()
export class VisitorsRpcController {
  constructor(private readonly visitors: VisitorsService) {}

  @RpcPattern(VisitorSubjects.create, CreateVisitor.Request)
  create(@Payload() request: CreateVisitor.Request, @Caller() caller: CallerContext): Promise<CreateVisitor.Reply> {
    return this.visitors.create(request, caller);
  }

  @RpcPattern(VisitorSubjects.leave, LeaveVisitor.Request)
  leave(@Payload() request: LeaveVisitor.Request, @Caller() caller: CallerContext): Promise<LeaveVisitor.Reply> {
    return this.visitors.leave(request, caller);
  }

  @RpcPattern(VisitorSubjects.void, VoidVisitor.Request)
  void(@Payload() request: VoidVisitor.Request, @Caller() caller: CallerContext): Promise<VoidVisitor.Reply> {
    return this.visitors.void(request, caller);
  }

  @RpcPattern(VisitorSubjects.get, GetVisitor.Request)
  get(@Payload() request: GetVisitor.Request, @Caller() caller: CallerContext): Promise<GetVisitor.Reply> {
    return this.visitors.get(request.id, caller);
  }

  @RpcPattern(VisitorSubjects.list, ListVisitors.Request)
  list(@Payload() request: ListVisitors.Request, @Caller() caller: CallerContext): Promise<ListVisitors.Reply> {
    return this.visitors.list(request, caller);
  }
}
