import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CreatePatrol, GetPatrol, ListPatrols, PatrolSubjects, UpdatePatrol, VoidPatrol } from '@gov/contracts-facilities-and-vehicles';
import { Caller, RpcPattern } from '@gov/platform';
import { PatrolsService } from './patrols.service.js';

@Controller()
export class PatrolsRpcController {
  constructor(private readonly patrols: PatrolsService) {}

  @RpcPattern(PatrolSubjects.create, CreatePatrol.Request)
  create(@Payload() request: CreatePatrol.Request, @Caller() caller: CallerContext): Promise<CreatePatrol.Reply> {
    return this.patrols.create(request, caller);
  }

  @RpcPattern(PatrolSubjects.update, UpdatePatrol.Request)
  update(@Payload() request: UpdatePatrol.Request, @Caller() caller: CallerContext): Promise<UpdatePatrol.Reply> {
    return this.patrols.update(request, caller);
  }

  @RpcPattern(PatrolSubjects.void, VoidPatrol.Request)
  void(@Payload() request: VoidPatrol.Request, @Caller() caller: CallerContext): Promise<VoidPatrol.Reply> {
    return this.patrols.void(request, caller);
  }

  @RpcPattern(PatrolSubjects.get, GetPatrol.Request)
  get(@Payload() request: GetPatrol.Request, @Caller() caller: CallerContext): Promise<GetPatrol.Reply> {
    return this.patrols.get(request.id, caller);
  }

  @RpcPattern(PatrolSubjects.list, ListPatrols.Request)
  list(@Payload() request: ListPatrols.Request, @Caller() caller: CallerContext): Promise<ListPatrols.Reply> {
    return this.patrols.list(request, caller);
  }
}
