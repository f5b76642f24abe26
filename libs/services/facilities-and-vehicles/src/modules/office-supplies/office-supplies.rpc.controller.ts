import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CreateSupplyItem, GetSupplyItem, ListSupplyItems, RetireSupplyItem, StockInSupplyItem, StockOutSupplyItem, SupplyItemSubjects, UpdateSupplyItem } from '@gov/contracts-facilities-and-vehicles';
import { Caller, RpcPattern } from '@gov/platform';
import { OfficeSuppliesService } from './office-supplies.service.js';

@Controller()
export class OfficeSuppliesRpcController {
  constructor(private readonly supplies: OfficeSuppliesService) {}

  @RpcPattern(SupplyItemSubjects.create, CreateSupplyItem.Request)
  create(@Payload() request: CreateSupplyItem.Request, @Caller() caller: CallerContext): Promise<CreateSupplyItem.Reply> {
    return this.supplies.create(request, caller);
  }

  @RpcPattern(SupplyItemSubjects.update, UpdateSupplyItem.Request)
  update(@Payload() request: UpdateSupplyItem.Request, @Caller() caller: CallerContext): Promise<UpdateSupplyItem.Reply> {
    return this.supplies.update(request, caller);
  }

  @RpcPattern(SupplyItemSubjects.stockIn, StockInSupplyItem.Request)
  stockIn(@Payload() request: StockInSupplyItem.Request, @Caller() caller: CallerContext): Promise<StockInSupplyItem.Reply> {
    return this.supplies.stockIn(request, caller);
  }

  @RpcPattern(SupplyItemSubjects.stockOut, StockOutSupplyItem.Request)
  stockOut(@Payload() request: StockOutSupplyItem.Request, @Caller() caller: CallerContext): Promise<StockOutSupplyItem.Reply> {
    return this.supplies.stockOut(request, caller);
  }

  @RpcPattern(SupplyItemSubjects.retire, RetireSupplyItem.Request)
  retire(@Payload() request: RetireSupplyItem.Request, @Caller() caller: CallerContext): Promise<RetireSupplyItem.Reply> {
    return this.supplies.retire(request, caller);
  }

  @RpcPattern(SupplyItemSubjects.get, GetSupplyItem.Request)
  get(@Payload() request: GetSupplyItem.Request, @Caller() caller: CallerContext): Promise<GetSupplyItem.Reply> {
    return this.supplies.get(request.id, caller);
  }

  @RpcPattern(SupplyItemSubjects.list, ListSupplyItems.Request)
  list(@Payload() request: ListSupplyItems.Request, @Caller() caller: CallerContext): Promise<ListSupplyItems.Reply> {
    return this.supplies.list(request, caller);
  }
}
