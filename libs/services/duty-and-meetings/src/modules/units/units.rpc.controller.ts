import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CreateUnit, DeactivateUnit, GetUnit, ListUnits, UnitDirectory, UnitSubjects, UpdateUnit } from '@gov/contracts-duty-and-meetings';
import { RpcPattern, Caller } from '@gov/platform';
import { UnitsService } from './units.service.js';

@Controller()
export class UnitsRpcController {
  constructor(private readonly units: UnitsService) {}

  @RpcPattern(UnitSubjects.create, CreateUnit.Request)
  create(@Payload() request: CreateUnit.Request, @Caller() caller: CallerContext): Promise<CreateUnit.Reply> {
    return this.units.create(request, caller);
  }

  @RpcPattern(UnitSubjects.update, UpdateUnit.Request)
  update(@Payload() request: UpdateUnit.Request, @Caller() caller: CallerContext): Promise<UpdateUnit.Reply> {
    return this.units.update(request, caller);
  }

  @RpcPattern(UnitSubjects.deactivate, DeactivateUnit.Request)
  deactivate(@Payload() request: DeactivateUnit.Request, @Caller() caller: CallerContext): Promise<DeactivateUnit.Reply> {
    return this.units.deactivate(request, caller);
  }

  @RpcPattern(UnitSubjects.get, GetUnit.Request)
  get(@Payload() request: GetUnit.Request, @Caller() caller: CallerContext): Promise<GetUnit.Reply> {
    return this.units.get(request.id, caller);
  }

  @RpcPattern(UnitSubjects.list, ListUnits.Request)
  list(@Payload() request: ListUnits.Request, @Caller() caller: CallerContext): Promise<ListUnits.Reply> {
    return this.units.list(request, caller);
  }

  @RpcPattern(UnitSubjects.directory, UnitDirectory.Request)
  directory(@Payload() request: UnitDirectory.Request, @Caller() caller: CallerContext): Promise<UnitDirectory.Reply> {
    return this.units.directory(request, caller);
  }
}
