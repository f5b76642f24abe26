import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  AddBuildingEntry,
  CreateOfficeBuilding,
  GetOfficeBuilding,
  ListOfficeBuildings,
  OfficeBuildingSubjects,
  OfficeBuildingUnificationSummary,
  UpdateOfficeBuilding,
  VoidBuildingEntry,
  WithdrawOfficeBuilding,
} from '@gov/contracts-facilities-and-vehicles';
import { Caller, RpcPattern } from '@gov/platform';
import { OfficeBuildingsService } from './office-buildings.service.js';

@Controller()
export class OfficeBuildingsRpcController {
  constructor(private readonly officeBuildings: OfficeBuildingsService) {}

  @RpcPattern(OfficeBuildingSubjects.create, CreateOfficeBuilding.Request)
  create(@Payload() request: CreateOfficeBuilding.Request, @Caller() caller: CallerContext): Promise<CreateOfficeBuilding.Reply> {
    return this.officeBuildings.create(request, caller);
  }

  @RpcPattern(OfficeBuildingSubjects.update, UpdateOfficeBuilding.Request)
  update(@Payload() request: UpdateOfficeBuilding.Request, @Caller() caller: CallerContext): Promise<UpdateOfficeBuilding.Reply> {
    return this.officeBuildings.update(request, caller);
  }

  @RpcPattern(OfficeBuildingSubjects.withdraw, WithdrawOfficeBuilding.Request)
  withdraw(@Payload() request: WithdrawOfficeBuilding.Request, @Caller() caller: CallerContext): Promise<WithdrawOfficeBuilding.Reply> {
    return this.officeBuildings.withdraw(request, caller);
  }

  @RpcPattern(OfficeBuildingSubjects.addEntry, AddBuildingEntry.Request)
  addEntry(@Payload() request: AddBuildingEntry.Request, @Caller() caller: CallerContext): Promise<AddBuildingEntry.Reply> {
    return this.officeBuildings.addEntry(request, caller);
  }

  @RpcPattern(OfficeBuildingSubjects.voidEntry, VoidBuildingEntry.Request)
  voidEntry(@Payload() request: VoidBuildingEntry.Request, @Caller() caller: CallerContext): Promise<VoidBuildingEntry.Reply> {
    return this.officeBuildings.voidEntry(request, caller);
  }

  @RpcPattern(OfficeBuildingSubjects.get, GetOfficeBuilding.Request)
  get(@Payload() request: GetOfficeBuilding.Request, @Caller() caller: CallerContext): Promise<GetOfficeBuilding.Reply> {
    return this.officeBuildings.get(request.id, caller);
  }

  @RpcPattern(OfficeBuildingSubjects.list, ListOfficeBuildings.Request)
  list(@Payload() request: ListOfficeBuildings.Request, @Caller() caller: CallerContext): Promise<ListOfficeBuildings.Reply> {
    return this.officeBuildings.list(request, caller);
  }

  @RpcPattern(OfficeBuildingSubjects.summary, OfficeBuildingUnificationSummary.Request)
  summary(@Payload() request: OfficeBuildingUnificationSummary.Request, @Caller() caller: CallerContext): Promise<OfficeBuildingUnificationSummary.Reply> {
    return this.officeBuildings.summary(request, caller);
  }
}
