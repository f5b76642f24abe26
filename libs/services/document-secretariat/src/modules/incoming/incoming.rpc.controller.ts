import { Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import {
  ActOnRouting,
  ChaseIncoming,
  CompleteIncoming,
  DistributeIncoming,
  GetIncoming,
  IncomingSubjects,
  ListIncoming,
  ListMyRoutings,
  ProposeIncoming,
  RegisterIncoming,
  ReplyIncoming,
  ReviewIncoming,
  RoutingSubjects,
  type IncomingView,
  type RoutingView,
} from '@gov/contracts-document-secretariat';
import { RpcHandler } from '@gov/platform';
import { IncomingService } from './incoming.service.js';
import { Routings } from './routings.js';

@Injectable()
export class IncomingRpcController {
  constructor(
    private readonly incoming: IncomingService,
    private readonly routings: Routings,
  ) {}

  @RpcHandler(IncomingSubjects.register, RegisterIncoming.Request)
  register(request: RegisterIncoming.Request, caller: CallerContext): Promise<IncomingView> {
    return this.incoming.register(request, caller);
  }

  @RpcHandler(IncomingSubjects.get, GetIncoming.Request)
  get(request: GetIncoming.Request, caller: CallerContext): Promise<IncomingView> {
    return this.incoming.get(request.id, caller);
  }

  @RpcHandler(IncomingSubjects.list, ListIncoming.Request)
  list(request: ListIncoming.Request, caller: CallerContext): Promise<ListIncoming.Reply> {
    return this.incoming.list(request, caller);
  }

  @RpcHandler(IncomingSubjects.review, ReviewIncoming.Request)
  review(request: ReviewIncoming.Request, caller: CallerContext): Promise<IncomingView> {
    return this.incoming.review(request, caller);
  }

  @RpcHandler(IncomingSubjects.propose, ProposeIncoming.Request)
  propose(request: ProposeIncoming.Request, caller: CallerContext): Promise<IncomingView> {
    return this.incoming.propose(request, caller);
  }

  @RpcHandler(IncomingSubjects.distribute, DistributeIncoming.Request)
  distribute(request: DistributeIncoming.Request, caller: CallerContext): Promise<IncomingView> {
    return this.incoming.distribute(request, caller);
  }

  @RpcHandler(IncomingSubjects.chase, ChaseIncoming.Request)
  chase(request: ChaseIncoming.Request, caller: CallerContext): Promise<IncomingView> {
    return this.incoming.chase(request, caller);
  }

  @RpcHandler(IncomingSubjects.complete, CompleteIncoming.Request)
  complete(request: CompleteIncoming.Request, caller: CallerContext): Promise<IncomingView> {
    return this.incoming.complete(request, caller);
  }

  @RpcHandler(IncomingSubjects.reply, ReplyIncoming.Request)
  reply(request: ReplyIncoming.Request, caller: CallerContext): Promise<IncomingView> {
    return this.incoming.reply(request, caller);
  }

  @RpcHandler(RoutingSubjects.mine, ListMyRoutings.Request)
  mine(request: ListMyRoutings.Request, caller: CallerContext): Promise<ListMyRoutings.Reply> {
    return this.routings.mine(request, caller);
  }

  @RpcHandler(RoutingSubjects.act, ActOnRouting.Request)
  act(request: ActOnRouting.Request, caller: CallerContext): Promise<RoutingView> {
    return this.routings.act(request, caller);
  }
}
