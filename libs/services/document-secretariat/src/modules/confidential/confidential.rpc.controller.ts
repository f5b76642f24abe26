import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  ConfidentialDeliverySubjects,
  CreateConfidentialDelivery,
  GetConfidentialDelivery,
  ListConfidentialDeliveries,
  ReceiveConfidentialDelivery,
  type ConfidentialDeliveryView,
} from '@gov/contracts-document-secretariat';
import { RpcPattern, Caller } from '@gov/platform';
import { ConfidentialDeliveries } from './confidential.service.js';

@Controller()
export class ConfidentialDeliveriesRpcController {
  constructor(private readonly deliveries: ConfidentialDeliveries) {}

  @RpcPattern(ConfidentialDeliverySubjects.create, CreateConfidentialDelivery.Request)
  create(@Payload() request: CreateConfidentialDelivery.Request, @Caller() caller: CallerContext): Promise<ConfidentialDeliveryView> {
    return this.deliveries.create(request, caller);
  }

  @RpcPattern(ConfidentialDeliverySubjects.get, GetConfidentialDelivery.Request)
  get(@Payload() request: GetConfidentialDelivery.Request, @Caller() caller: CallerContext): Promise<ConfidentialDeliveryView> {
    return this.deliveries.get(request.id, caller);
  }

  @RpcPattern(ConfidentialDeliverySubjects.list, ListConfidentialDeliveries.Request)
  list(@Payload() request: ListConfidentialDeliveries.Request, @Caller() caller: CallerContext): Promise<ListConfidentialDeliveries.Reply> {
    return this.deliveries.list(request, caller);
  }

  @RpcPattern(ConfidentialDeliverySubjects.receive, ReceiveConfidentialDelivery.Request)
  receive(@Payload() request: ReceiveConfidentialDelivery.Request, @Caller() caller: CallerContext): Promise<ConfidentialDeliveryView> {
    return this.deliveries.receive(request, caller);
  }
}
