import { Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import {
  ConfidentialDeliverySubjects,
  CreateConfidentialDelivery,
  GetConfidentialDelivery,
  ListConfidentialDeliveries,
  ReceiveConfidentialDelivery,
  type ConfidentialDeliveryView,
} from '@gov/contracts-document-secretariat';
import { RpcHandler } from '@gov/platform';
import { ConfidentialDeliveries } from './confidential.service.js';

@Injectable()
export class ConfidentialDeliveriesRpcController {
  constructor(private readonly deliveries: ConfidentialDeliveries) {}

  @RpcHandler(ConfidentialDeliverySubjects.create, CreateConfidentialDelivery.Request)
  create(request: CreateConfidentialDelivery.Request, caller: CallerContext): Promise<ConfidentialDeliveryView> {
    return this.deliveries.create(request, caller);
  }

  @RpcHandler(ConfidentialDeliverySubjects.get, GetConfidentialDelivery.Request)
  get(request: GetConfidentialDelivery.Request, caller: CallerContext): Promise<ConfidentialDeliveryView> {
    return this.deliveries.get(request.id, caller);
  }

  @RpcHandler(ConfidentialDeliverySubjects.list, ListConfidentialDeliveries.Request)
  list(request: ListConfidentialDeliveries.Request, caller: CallerContext): Promise<ListConfidentialDeliveries.Reply> {
    return this.deliveries.list(request, caller);
  }

  @RpcHandler(ConfidentialDeliverySubjects.receive, ReceiveConfidentialDelivery.Request)
  receive(request: ReceiveConfidentialDelivery.Request, caller: CallerContext): Promise<ConfidentialDeliveryView> {
    return this.deliveries.receive(request, caller);
  }
}
