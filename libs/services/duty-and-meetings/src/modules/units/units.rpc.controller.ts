import { Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import { CreateUnit, DeactivateUnit, GetUnit, ListUnits, UnitSubjects, UpdateUnit } from '@gov/contracts-duty-and-meetings';
import { RpcHandler } from '@gov/platform';
import { UnitsService } from './units.service.js';

@Injectable()
export class UnitsRpcController {
  constructor(private readonly units: UnitsService) {}

  @RpcHandler(UnitSubjects.create, CreateUnit.Request)
  create(request: CreateUnit.Request, caller: CallerContext): Promise<CreateUnit.Reply> {
    return this.units.create(request, caller);
  }

  @RpcHandler(UnitSubjects.update, UpdateUnit.Request)
  update(request: UpdateUnit.Request, caller: CallerContext): Promise<UpdateUnit.Reply> {
    return this.units.update(request, caller);
  }

  @RpcHandler(UnitSubjects.deactivate, DeactivateUnit.Request)
  deactivate(request: DeactivateUnit.Request, caller: CallerContext): Promise<DeactivateUnit.Reply> {
    return this.units.deactivate(request, caller);
  }

  @RpcHandler(UnitSubjects.get, GetUnit.Request)
  get(request: GetUnit.Request, caller: CallerContext): Promise<GetUnit.Reply> {
    return this.units.get(request.id, caller);
  }

  @RpcHandler(UnitSubjects.list, ListUnits.Request)
  list(request: ListUnits.Request, caller: CallerContext): Promise<ListUnits.Reply> {
    return this.units.list(request, caller);
  }
}
